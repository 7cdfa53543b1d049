//! Functions (prologues: environment, `this`, parameters, hoisting),
//! classes and object literals.

use ir::{Constant, FuncId, FunctionBuilder, Imm, Module, Opcode, Value, Variable, attrs};
use oxc_ast::ast::*;

use super::{Lower, Mapped, Result};
use crate::scope::{Analysis, BindingKind, FuncIdx, FuncNode, ScopeKind, Storage, addr};
use crate::text::{is_array_index, static_key_name};

/// Lowers function `fid` of the analysis.
pub(super) fn lower_function(
    src: &str,
    an: &Analysis<'_>,
    module: &mut Module,
    fid: FuncIdx,
    completion_value: bool,
) -> Result<ir::Function> {
    let info = an.func(fid);
    let mut f = ir::Function::new(info.name.clone(), info.kind);
    f.strict = info.strict;
    f.length = info.length;
    f.span = info.span;
    let class = info.class.map(|c| an.class(c));
    let is_ctor = matches!(
        info.kind,
        ir::FunctionKind::Normal
            | ir::FunctionKind::ClassConstructor
            | ir::FunctionKind::DerivedConstructor
    );
    if is_ctor {
        let fields = match class {
            Some(c) if info.kind.is_class_constructor() => c.instance_fields,
            _ => 0,
        };
        f.expected_props = info.this_props.len() as u32 + fields;
    }
    f.has_fields =
        info.kind.is_class_constructor() && class.is_some_and(|c| c.field_init.is_some());
    let func = {
        let mut l = Lower {
            src,
            an,
            b: FunctionBuilder::new(module, f),
            fid,
            scope: info.scope,
            targets: Vec::new(),
            chain_exits: Vec::new(),
            mapped: Vec::new(),
            derived_return: None,
            completion: (completion_value && info.kind == ir::FunctionKind::Script)
                .then_some(super::COMPLETION),
            this: None,
        };
        l.body()?;
        l.b.finish()
    };
    let mut func = func;
    ir::passes::infer::infer_types(&mut func);
    if cfg!(debug_assertions)
        && let Err(errors) = ir::verify(&func)
    {
        module.functions[fid.0 as usize] = func;
        panic!(
            "frontend produced invalid IR:\n{errors}\n{}",
            ir::print::function_text(module, FuncId(fid.0))
        );
    }
    Ok(func)
}

impl<'a> Lower<'a, '_> {
    /// The whole function: prologue, body, implicit return.
    fn body(&mut self) -> Result<()> {
        let info = self.an.func(self.fid);
        let entry = self.b.create_block();
        self.start_sealed(entry);
        self.at(info.span.0);
        let closure_env = self.ins(Opcode::ClosureEnv, &[], Imm::None);
        self.set_env(closure_env);
        let top = info.scope;
        self.scope = top;
        let sc = self.an.scope(top);
        if sc.has_env() {
            let e = self.ins(Opcode::CreateEnv, &[closure_env], Imm::Count(sc.env_slots));
            self.set_env(e);
        }
        self.init_synthetic();
        match info.node {
            FuncNode::Script(program) => {
                self.script_prologue();
                if let Some(c) = self.completion {
                    let u = self.undef();
                    self.b.def_var(c, u);
                }
                self.stmts(&program.body)?;
            }
            FuncNode::Function(func) => {
                self.init_fields_at_entry();
                self.params(&func.params)?;
                self.map_arguments(&func.params);
                self.hoisted_prologue();
                if let Some(body) = &func.body {
                    self.stmts(&body.statements)?;
                }
            }
            FuncNode::Arrow(arrow) => {
                self.params(&arrow.params)?;
                self.hoisted_prologue();
                match &arrow.body {
                    ArrowFunctionBody::FunctionBody(body) => self.stmts(&body.statements)?,
                    other => {
                        if let Some(e) = other.as_expression() {
                            let v = self.expr(e)?;
                            self.emit_return(v);
                        }
                    }
                }
            }
            FuncNode::DefaultCtor => self.default_ctor(),
            FuncNode::FieldInit(class) => {
                self.hoisted_prologue();
                self.field_init_body(class)?;
            }
            FuncNode::StaticInit(class) => {
                self.hoisted_prologue();
                self.static_init_body(class)?;
            }
        }
        if !self.b.is_unreachable() {
            let end = self.an.func(self.fid).span.1.saturating_sub(1);
            self.at(end);
            let r = match self.completion {
                Some(c) => self.b.use_var(c),
                None => self.undef(),
            };
            self.emit_return(r);
        }
        self.finish_derived_return();
        Ok(())
    }

    /// `this`, `new.target`, the home object, the callee, `arguments` and a
    /// function expression's own name, saved in bindings where needed.
    fn init_synthetic(&mut self) {
        let info = self.an.func(self.fid);
        let derived = info.kind == ir::FunctionKind::DerivedConstructor;
        if !derived && (info.uses_this || info.this_binding.is_some()) {
            // `this` is bound once, at entry (sloppy-mode coercion
            // included), so every use shares one value.
            self.this = Some(self.ins(Opcode::This, &[], Imm::None));
        }
        if let Some(b) = info.this_binding {
            if derived {
                if self.an.binding(b).storage == Storage::Ssa {
                    let h = self.hole();
                    self.b.def_var(Variable(b.0), h);
                }
            } else {
                let t = self.this.expect("this read at entry");
                self.write(b, t);
            }
        }
        let ops = [
            (info.new_target_binding, Opcode::NewTarget),
            (info.home_binding, Opcode::HomeObject),
            (info.callee_binding, Opcode::Callee),
            (info.arguments_binding, Opcode::Arguments),
            (info.name_binding, Opcode::Callee),
        ];
        for (binding, op) in ops {
            if let Some(b) = binding {
                let v = self.ins(op, &[], Imm::None);
                self.write(b, v);
            }
        }
    }

    /// A base class constructor initialises its instance fields first.
    fn init_fields_at_entry(&mut self) {
        let info = self.an.func(self.fid);
        if info.kind != ir::FunctionKind::ClassConstructor {
            return;
        }
        let has_fields = info
            .class
            .is_some_and(|c| self.an.class(c).field_init.is_some());
        if has_fields {
            let t = self.this_raw();
            let c = self.ins(Opcode::Callee, &[], Imm::None);
            self.ins0(Opcode::InitFields, &[t, c], Imm::None);
        }
    }

    fn params(&mut self, params: &'a FormalParameters<'a>) -> Result<()> {
        let info = self.an.func(self.fid);
        if info.has_param_exprs {
            // Parameters are in their TDZ until initialised.
            for &b in &self.an.scope(info.scope).bindings {
                let bind = self.an.binding(b);
                if bind.kind == BindingKind::Param
                    && bind.storage == Storage::Ssa
                    && bind.tdz_checked
                {
                    let h = self.hole();
                    self.b.def_var(Variable(b.0), h);
                }
            }
        }
        for (i, p) in params.items.iter().enumerate() {
            let BindingPattern::BindingIdentifier(id) = param_id(&p.pattern) else {
                return Err(self.unsupported(p.span.start, "destructuring"));
            };
            self.at(p.span.start);
            let mut v = self.ins(Opcode::Param, &[], Imm::Index(i as u32));
            if let Some(init) = &p.initializer {
                v = self.default_value(v, init)?;
            }
            let b = self.an.decls[&addr::<BindingIdentifier>(id)];
            self.write(b, v);
        }
        if let Some(rest) = &params.rest {
            let BindingPattern::BindingIdentifier(id) = &rest.rest.argument else {
                return Err(self.unsupported(rest.span.start, "destructuring"));
            };
            self.at(rest.span.start);
            let n = params.items.len() as u32;
            let v = self.ins(Opcode::RestArgs, &[], Imm::Index(n));
            let b = self.an.decls[&addr::<BindingIdentifier>(id)];
            self.write(b, v);
        }
        Ok(())
    }

    /// Sloppy-mode parameter aliasing: from here on, a parameter that the
    /// call passed is read and written through the arguments object.
    fn map_arguments(&mut self, params: &'a FormalParameters<'a>) {
        let info = self.an.func(self.fid);
        let (true, Some(arguments)) = (info.mapped_arguments, info.arguments_binding) else {
            return;
        };
        let args = self.read(arguments);
        let length = self.name("length");
        let count = self.ins(Opcode::GetProp, &[args], length);
        for (i, p) in params.items.iter().enumerate() {
            let BindingPattern::BindingIdentifier(id) = &p.pattern else {
                continue;
            };
            let b = self.an.decls[&addr::<BindingIdentifier>(id)];
            let index = self.num(i as f64);
            let passed = self.ins(Opcode::Lt, &[index, count], Imm::None);
            // Variables past the bindings' ones.
            let flag = Variable((self.an.bindings.len() + i) as u32);
            self.b.def_var(flag, passed);
            // With duplicate names the last parameter is the one aliased.
            self.mapped.retain(|m| m.binding != b);
            self.mapped.push(Mapped {
                binding: b,
                index: i as u32,
                args,
                flag,
            });
        }
    }

    /// `v === undefined ? init : v`.
    fn default_value(&mut self, v: Value, init: &'a Expression<'a>) -> Result<Value> {
        let u = self.undef();
        let is_undef = self.ins(Opcode::StrictEq, &[v, u], Imm::None);
        let dflt = self.b.create_block();
        let (join, result) = self.merge_block();
        self.branch_args(is_undef, dflt, &[], join, &[v]);
        self.start_sealed(dflt);
        let d = self.expr(init)?;
        self.jump(join, &[d]);
        self.start_sealed(join);
        Ok(result)
    }

    /// Vars start as `undefined` (SSA variables read before any definition
    /// are `undefined` already), lexical bindings in their TDZ, function
    /// declarations as closures.
    fn hoisted_prologue(&mut self) {
        let top = self.an.func(self.fid).scope;
        let mut undef = None;
        for &b in &self.an.scope(top).bindings {
            let bind = self.an.binding(b);
            if bind.kind == BindingKind::Var && bind.storage != Storage::Ssa {
                let u = *undef.get_or_insert_with(|| self.b.constant(Constant::Undefined));
                self.write(b, u);
            }
        }
        self.init_lexicals(top);
        self.instantiate_functions(top);
    }

    /// The script declares its global vars and functions before anything
    /// runs.
    fn script_prologue(&mut self) {
        let top = self.an.func(self.fid).scope;
        let sc = self.an.scope(top);
        debug_assert_eq!(sc.kind, ScopeKind::Script);
        let functions: Vec<&str> = sc
            .functions
            .iter()
            .filter_map(|f| f.id.as_ref().map(|id| id.name.as_str()))
            .collect();
        for &b in &sc.bindings {
            let bind = self.an.binding(b);
            if bind.kind == BindingKind::Var && !functions.contains(&bind.name) {
                let n = self.name(bind.name);
                self.ins0(Opcode::DeclareGlobalVar, &[], n);
            }
        }
        for &f in &sc.functions {
            let Some(id) = &f.id else { continue };
            self.at(f.span.start);
            let clo = self.closure(f);
            let n = self.name(id.name.as_str());
            self.ins0(Opcode::DeclareGlobalFunction, &[clo], n);
        }
        self.init_lexicals(top);
    }

    /// `constructor(...args) { super(...args); }` or an empty constructor.
    fn default_ctor(&mut self) {
        let info = self.an.func(self.fid);
        let has_fields = info
            .class
            .is_some_and(|c| self.an.class(c).field_init.is_some());
        if info.kind == ir::FunctionKind::DerivedConstructor {
            let nt = self.ins(Opcode::NewTarget, &[], Imm::None);
            let callee = self.ins(Opcode::Callee, &[], Imm::None);
            let args = self.ins(Opcode::RestArgs, &[], Imm::Index(0));
            let t = self.ins(Opcode::SuperCallSpread, &[nt, callee, args], Imm::None);
            let b = info
                .this_binding
                .expect("derived constructors have a this binding");
            self.write(b, t);
            if has_fields {
                self.ins0(Opcode::InitFields, &[t, callee], Imm::None);
            }
        } else {
            self.init_fields_at_entry();
        }
    }

    /// The field initialiser: defines each instance field on `this`.
    fn field_init_body(&mut self, class: &'a Class<'a>) -> Result<()> {
        for e in &class.body.body {
            if let ClassElement::PropertyDefinition(p) = e
                && !p.r#static
            {
                self.define_class_field(p)?;
            }
        }
        Ok(())
    }

    /// The static initialiser: static fields and blocks in order, `this`
    /// being the class.
    fn static_init_body(&mut self, class: &'a Class<'a>) -> Result<()> {
        for e in &class.body.body {
            match e {
                ClassElement::PropertyDefinition(p) if p.r#static => self.define_class_field(p)?,
                ClassElement::StaticBlock(block) => {
                    let scope = self.an.scope_of(block.as_ref());
                    let outer = self.enter_scope(scope);
                    self.stmts(&block.body)?;
                    self.exit_scope(outer);
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn define_class_field(&mut self, p: &'a PropertyDefinition<'a>) -> Result<()> {
        self.at(p.span.start);
        let key = self.field_key(p);
        let v = match &p.value {
            Some(v) => self.expr(v)?,
            None => self.undef(),
        };
        self.at(p.span.start);
        let t = self.this_value();
        match key {
            Key::Name(n) => {
                let n = self.intern(&n);
                self.ins0(
                    Opcode::DefineField,
                    &[t, v],
                    Imm::NameAttrs(n, attrs::DEFAULT),
                );
            }
            Key::Value(k) => {
                self.ins0(
                    Opcode::DefineFieldElem,
                    &[t, k, v],
                    Imm::Attrs(attrs::DEFAULT),
                );
            }
        }
        Ok(())
    }

    /// The key of a field inside the initialiser: its name, or the value
    /// computed at class definition.
    fn field_key(&mut self, p: &'a PropertyDefinition<'a>) -> Key {
        if p.computed {
            let b = self.an.field_keys[&addr::<PropertyDefinition>(p)];
            return Key::Value(self.read(b));
        }
        self.static_key(&p.key)
    }

    /// A non-computed key: a name, or an array index as a number.
    fn static_key(&mut self, key: &PropertyKey<'_>) -> Key {
        let name = static_key_name(key).unwrap_or_default();
        if is_array_index(&name) {
            let n: f64 = name.parse().unwrap_or(0.0);
            Key::Value(self.num(n))
        } else {
            Key::Name(name)
        }
    }

    /// A property key: computed keys are evaluated.
    fn key(&mut self, key: &'a PropertyKey<'a>, computed: bool) -> Result<Key> {
        if computed {
            let e = key.as_expression().expect("computed keys are expressions");
            Ok(Key::Value(self.expr(e)?))
        } else {
            Ok(self.static_key(key))
        }
    }

    fn define(&mut self, op: DefineOp, obj: Value, key: &Key, v: Value, attributes: u8) {
        match key {
            Key::Name(n) => {
                let n = self.intern(n);
                let op = match op {
                    DefineOp::Field => Opcode::DefineField,
                    DefineOp::Getter => Opcode::DefineGetter,
                    DefineOp::Setter => Opcode::DefineSetter,
                };
                self.ins0(op, &[obj, v], Imm::NameAttrs(n, attributes));
            }
            Key::Value(k) => {
                let op = match op {
                    DefineOp::Field => Opcode::DefineFieldElem,
                    DefineOp::Getter => Opcode::DefineGetterElem,
                    DefineOp::Setter => Opcode::DefineSetterElem,
                };
                self.ins0(op, &[obj, *k, v], Imm::Attrs(attributes));
            }
        }
    }

    /// A method closure of `f` with home object `home`.
    fn method(&mut self, f: &Function<'_>, home: Value) -> Value {
        let id = self.an.func_of[&addr(f)];
        let env = self.env();
        self.ins(Opcode::MakeMethod, &[env, home], Imm::Func(FuncId(id.0)))
    }

    /// An object literal.
    pub(super) fn object(&mut self, o: &'a ObjectExpression<'a>) -> Result<Value> {
        self.at(o.span.start);
        let obj = self.ins(
            Opcode::NewObject,
            &[],
            Imm::Count(o.properties.len() as u32),
        );
        for prop in &o.properties {
            let p = match prop {
                ObjectPropertyKind::ObjectProperty(p) => p,
                ObjectPropertyKind::SpreadProperty(s) => {
                    return Err(self.unsupported(s.span.start, "object spread"));
                }
            };
            self.at(p.span.start);
            let is_proto = !p.computed
                && !p.shorthand
                && !p.method
                && p.kind == PropertyKind::Init
                && static_key_name(&p.key).as_deref() == Some("__proto__");
            if is_proto {
                let v = self.expr(&p.value)?;
                self.at(p.span.start);
                self.ins0(Opcode::SetProtoLiteral, &[obj, v], Imm::None);
                continue;
            }
            let key = self.key(&p.key, p.computed)?;
            self.at(p.span.start);
            match (p.kind, &p.value) {
                (PropertyKind::Get, Expression::FunctionExpression(f)) => {
                    let g = self.method(f, obj);
                    self.define(
                        DefineOp::Getter,
                        obj,
                        &key,
                        g,
                        attrs::ENUMERABLE | attrs::CONFIGURABLE,
                    );
                }
                (PropertyKind::Set, Expression::FunctionExpression(f)) => {
                    let s = self.method(f, obj);
                    self.define(
                        DefineOp::Setter,
                        obj,
                        &key,
                        s,
                        attrs::ENUMERABLE | attrs::CONFIGURABLE,
                    );
                }
                (PropertyKind::Init, Expression::FunctionExpression(f)) if p.method => {
                    let m = self.method(f, obj);
                    self.define(DefineOp::Field, obj, &key, m, attrs::DEFAULT);
                }
                (_, value) => {
                    // A computed key is converted before the value runs.
                    let key = match key {
                        Key::Value(k) if p.computed => {
                            Key::Value(self.ins(Opcode::ToPropertyKey, &[k], Imm::None))
                        }
                        other => other,
                    };
                    let v = self.expr(value)?;
                    self.at(p.span.start);
                    self.define(DefineOp::Field, obj, &key, v, attrs::DEFAULT);
                }
            }
        }
        Ok(obj)
    }

    /// A class definition; returns the constructor.
    pub(super) fn class(&mut self, class: &'a Class<'a>) -> Result<Value> {
        let cid = self.an.class_of[&addr(class)];
        let ci = self.an.class(cid);
        self.at(class.span.start);
        let outer = self.enter_scope(ci.scope);
        let heritage = match &class.heritage {
            Some(h) => self.expr(&h.expression)?,
            None => self.hole(),
        };
        self.at(class.span.start);
        let env = self.env();
        let ctor = self.ins(
            Opcode::MakeClass,
            &[env, heritage],
            Imm::Func(FuncId(ci.ctor.0)),
        );
        let proto_name = self.name("prototype");
        let proto = self.ins(Opcode::GetProp, &[ctor], proto_name);
        for e in &class.body.body {
            match e {
                ClassElement::MethodDefinition(m) => {
                    if m.kind == MethodDefinitionKind::Constructor {
                        continue;
                    }
                    let key = self.key(&m.key, m.computed)?;
                    self.at(m.span.start);
                    let home = if m.r#static { ctor } else { proto };
                    let f = self.method(&m.value, home);
                    let (op, attributes) = match m.kind {
                        MethodDefinitionKind::Get => (DefineOp::Getter, attrs::CONFIGURABLE),
                        MethodDefinitionKind::Set => (DefineOp::Setter, attrs::CONFIGURABLE),
                        MethodDefinitionKind::Method | MethodDefinitionKind::Constructor => {
                            (DefineOp::Field, attrs::HIDDEN)
                        }
                    };
                    self.define(op, home, &key, f, attributes);
                }
                ClassElement::PropertyDefinition(p) if p.computed => {
                    let e = p
                        .key
                        .as_expression()
                        .expect("computed keys are expressions");
                    let k = self.expr(e)?;
                    self.at(p.key.span().start);
                    let k = self.ins(Opcode::ToPropertyKey, &[k], Imm::None);
                    let b = self.an.field_keys[&addr::<PropertyDefinition>(p)];
                    self.write(b, k);
                }
                ClassElement::PropertyDefinition(_)
                | ClassElement::StaticBlock(_)
                | ClassElement::AccessorProperty(_)
                | ClassElement::TSIndexSignature(_) => {}
            }
        }
        self.at(class.span.start);
        let env = self.env();
        if let Some(fi) = ci.field_init {
            let f = self.ins(Opcode::MakeMethod, &[env, proto], Imm::Func(FuncId(fi.0)));
            self.ins0(Opcode::SetFieldInit, &[ctor, f], Imm::None);
        }
        if let Some(b) = ci.inner_binding {
            self.write(b, ctor);
        }
        if let Some(si) = ci.static_init {
            let f = self.ins(Opcode::MakeMethod, &[env, ctor], Imm::Func(FuncId(si.0)));
            let t = self.text("");
            self.ins(Opcode::Call, &[f, ctor], t);
        }
        self.exit_scope(outer);
        Ok(ctor)
    }
}

/// A property key being defined.
pub(super) enum Key {
    Name(String),
    Value(Value),
}

#[derive(Clone, Copy)]
enum DefineOp {
    Field,
    Getter,
    Setter,
}

/// The identifier of a parameter (`a` of `a = 1`).
fn param_id<'a, 'b>(p: &'b BindingPattern<'a>) -> &'b BindingPattern<'a> {
    match p {
        BindingPattern::AssignmentPattern(a) => param_id(&a.left),
        other => other,
    }
}

use oxc_span::GetSpan;
