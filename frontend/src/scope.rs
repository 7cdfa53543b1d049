//! Scope analysis: the first pass over the AST.
//!
//! It builds the tree of scopes (script, function, block, loop head,
//! per-iteration, switch, catch, class), declares every binding with its
//! hoisting (vars and top-level functions to the function, Annex B.3.3
//! block functions to a var as well), resolves every identifier reference to
//! a binding or to a global, reports early errors with V8's wording and
//! features outside the subset, and finally decides where each binding
//! lives:
//! - `Global`: a `var`/function at script top level (a global property);
//! - `Env(slot)`: captured by a nested function, or assigned inside the
//!   protected region of a `try` while declared outside it;
//! - `Ssa`: everything else.
//!
//! The lowering pass finds the results by AST node address (`addr`): the
//! AST is immutable and arena-allocated, so a node's address identifies it
//! for the whole compilation.

use rustc_hash::{FxHashMap, FxHashSet};

use oxc_ast::ast::*;
use oxc_span::GetSpan;
use oxc_syntax::operator::{AssignmentOperator, UnaryOperator};

use ir::FunctionKind;

use crate::diagnostic::{CompileError, Diagnostic};
use crate::text::static_key_name;

/// The identity of an AST node for the side tables.
pub fn addr<T>(node: &T) -> usize {
    node as *const T as usize
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BindingId(pub u32);
/// Index of a function; equal to its `ir::FuncId`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncIdx(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassIdx(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Script,
    /// A function's parameters, vars and top-level lexical declarations.
    Function,
    Block,
    /// The head of `for (let ...;;)`: copied per iteration when in an env.
    For,
    /// One iteration of `for (let x of/in ...)`.
    Iter,
    Switch,
    /// A catch parameter together with the catch block's declarations.
    Catch,
    /// A class body: the inner class name and computed field keys.
    Class,
}

pub struct Scope<'a> {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    pub func: FuncIdx,
    pub strict: bool,
    /// Bindings declared here, in declaration order.
    pub bindings: Vec<BindingId>,
    /// Function declarations instantiated when the scope is entered.
    pub functions: Vec<&'a Function<'a>>,
    /// Number of env slots (0: the scope has no environment).
    pub env_slots: u32,
    /// For-in/of: the right-hand side refers to the loop's bindings or
    /// creates closures, so it is evaluated inside the (TDZ) scope.
    pub rhs_in_scope: bool,
    names: FxHashMap<&'a str, BindingId>,
    /// Names of `var`s declared inside, hoisted through this scope.
    var_names: FxHashSet<&'a str>,
}

impl Scope<'_> {
    pub fn has_env(&self) -> bool {
        self.env_slots > 0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    Var,
    Let,
    Const,
    /// The outer binding of a class declaration.
    Class,
    /// The class's own name inside its body (immutable).
    ClassInner,
    Param,
    /// A function declaration at the top of a function or script (var-like).
    Function,
    /// A function declaration in a block (lexical).
    BlockFunction,
    CatchParam,
    /// The name of a named function expression (immutable; `callee`).
    FnName,
    /// The implicit `arguments` object.
    Arguments,
    /// `this` of a derived constructor, or saved for arrows.
    This,
    NewTarget,
    Home,
    /// The running function, saved for `super(...)` in arrows.
    Callee,
    /// A computed class field key, evaluated at class definition.
    FieldKey,
}

impl BindingKind {
    fn is_lexical(self) -> bool {
        matches!(
            self,
            BindingKind::Let | BindingKind::Const | BindingKind::Class | BindingKind::BlockFunction
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    Ssa,
    Env(u32),
    Global,
}

pub struct Binding<'a> {
    pub name: &'a str,
    pub kind: BindingKind,
    pub scope: ScopeId,
    pub func: FuncIdx,
    /// Where the declaring identifier is (for redeclaration errors).
    pub decl_pos: u32,
    /// References at or after this position in the same function see the
    /// binding initialised.
    pub init_pos: u32,
    pub captured: bool,
    pub try_assigned: bool,
    /// Some read needs a TDZ check (so the binding must start as the hole).
    pub tdz_checked: bool,
    try_depth: u32,
    pub storage: Storage,
}

/// What an identifier reference resolved to.
#[derive(Clone, Copy, Debug)]
pub struct Ref {
    /// `None`: a global.
    pub binding: Option<BindingId>,
    /// Emit a TDZ check (`check_init`).
    pub check: bool,
}

#[derive(Clone, Copy)]
pub enum FuncNode<'a> {
    Script(&'a Program<'a>),
    Function(&'a Function<'a>),
    Arrow(&'a ArrowFunctionExpression<'a>),
    DefaultCtor,
    FieldInit(&'a Class<'a>),
    StaticInit(&'a Class<'a>),
}

pub struct FuncInfo<'a> {
    pub node: FuncNode<'a>,
    pub kind: FunctionKind,
    pub name: String,
    pub span: (u32, u32),
    pub strict: bool,
    pub length: u32,
    pub parent: Option<FuncIdx>,
    /// The function's top scope (parameters and body).
    pub scope: ScopeId,
    /// The function whose `this`, `super`, `new.target` and `arguments`
    /// this one sees: itself, or for an arrow the enclosing non-arrow.
    pub this_func: FuncIdx,
    /// The class this function is an element of (constructor, method,
    /// accessor, field or static initialiser).
    pub class: Option<ClassIdx>,
    pub this_binding: Option<BindingId>,
    /// The function reads its own `this` (not through an arrow).
    pub uses_this: bool,
    pub new_target_binding: Option<BindingId>,
    pub home_binding: Option<BindingId>,
    pub callee_binding: Option<BindingId>,
    pub arguments_binding: Option<BindingId>,
    pub name_binding: Option<BindingId>,
    pub has_param_exprs: bool,
    /// Sloppy-mode `arguments` aliases the parameters (a simple parameter
    /// list, and the aliasing is observable: a parameter is assigned or
    /// `arguments` is used other than as `arguments[i]`/`.length` reads).
    pub mapped_arguments: bool,
    simple_params: bool,
    param_written: bool,
    arguments_escape: bool,
    /// Distinct `this.NAME = ...` targets (for `expected_props`).
    pub this_props: FxHashSet<&'a str>,
    try_depth: u32,
    in_params: bool,
    jumps: Vec<JumpFrame<'a>>,
}

pub struct ClassInfo<'a> {
    pub node: &'a Class<'a>,
    pub scope: ScopeId,
    pub ctor: FuncIdx,
    pub field_init: Option<FuncIdx>,
    pub static_init: Option<FuncIdx>,
    pub inner_binding: Option<BindingId>,
    pub instance_fields: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum JumpKind {
    Loop,
    Switch,
    Label,
}

struct JumpFrame<'a> {
    labels: Vec<&'a str>,
    kind: JumpKind,
}

/// The results of the analysis.
pub struct Analysis<'a> {
    pub scopes: Vec<Scope<'a>>,
    pub bindings: Vec<Binding<'a>>,
    pub funcs: Vec<FuncInfo<'a>>,
    pub classes: Vec<ClassInfo<'a>>,
    /// Scope of a Program, Function, ArrowFunctionExpression, BlockStatement,
    /// For/ForIn/ForOf/Switch statement, CatchClause, Class, StaticBlock, or
    /// of a `Statement` that is a function declaration in an `if` branch.
    pub scope_of: FxHashMap<usize, ScopeId>,
    /// Function of a Function, ArrowFunctionExpression.
    pub func_of: FxHashMap<usize, FuncIdx>,
    pub class_of: FxHashMap<usize, ClassIdx>,
    /// IdentifierReference → binding; also the `BindingIdentifier` of a
    /// `var` declarator (the binding its initialiser assigns).
    pub refs: FxHashMap<usize, Ref>,
    /// BindingIdentifier of a lexical/param/catch/function declaration →
    /// its binding.
    pub decls: FxHashMap<usize, BindingId>,
    /// Block-level function declaration → the var it is copied to (B.3.3).
    pub annexb: FxHashMap<usize, BindingId>,
    /// Computed PropertyDefinition → the binding holding its key.
    pub field_keys: FxHashMap<usize, BindingId>,
}

impl<'a> Analysis<'a> {
    pub fn scope(&self, s: ScopeId) -> &Scope<'a> {
        &self.scopes[s.0 as usize]
    }
    pub fn binding(&self, b: BindingId) -> &Binding<'a> {
        &self.bindings[b.0 as usize]
    }
    pub fn func(&self, f: FuncIdx) -> &FuncInfo<'a> {
        &self.funcs[f.0 as usize]
    }
    pub fn class(&self, c: ClassIdx) -> &ClassInfo<'a> {
        &self.classes[c.0 as usize]
    }
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.scope_of[&addr(node)]
    }
}

/// Globals outside the subset: a reference to one that the program does not
/// declare itself is reported as unsupported.
const UNSUPPORTED_GLOBALS: &[&str] = &[
    "Symbol",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "WeakRef",
    "FinalizationRegistry",
    "Promise",
    "Proxy",
    "Reflect",
    "BigInt",
    "RegExp",
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Atomics",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float16Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
];

const STRICT_RESERVED: &[&str] = &[
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
];

/// Runs the analysis over a parsed script.
pub fn analyze<'a>(
    source: &'a str,
    program: &'a Program<'a>,
) -> Result<Analysis<'a>, CompileError> {
    let mut r = Resolver {
        source,
        a: Analysis {
            scopes: Vec::new(),
            bindings: Vec::new(),
            funcs: Vec::new(),
            classes: Vec::new(),
            scope_of: FxHashMap::default(),
            func_of: FxHashMap::default(),
            class_of: FxHashMap::default(),
            refs: FxHashMap::default(),
            decls: FxHashMap::default(),
            annexb: FxHashMap::default(),
            field_keys: FxHashMap::default(),
        },
        errors: Vec::new(),
        cur_scope: ScopeId(0),
        cur_func: FuncIdx(0),
        plain_arguments_read: false,
        rhs_scopes: Vec::new(),
        single_statement: false,
        depth: 0,
    };
    r.visit_program(program);
    if let Some(e) = r.first_error() {
        return Err(e);
    }
    r.allocate_storage();
    Ok(r.a)
}

struct Resolver<'a> {
    source: &'a str,
    a: Analysis<'a>,
    errors: Vec<CompileError>,
    cur_scope: ScopeId,
    cur_func: FuncIdx,
    /// The reference being resolved is `arguments` in `arguments[i]` or
    /// `arguments.length`, read (it cannot observe parameter aliasing).
    plain_arguments_read: bool,
    /// The for-in/of scopes whose right-hand side is being visited.
    rhs_scopes: Vec<ScopeId>,
    /// Visiting the body of a loop (not in a block): a labelled function
    /// declaration there is a syntax error.
    single_statement: bool,
    /// Nesting depth of the statement or expression being visited.
    depth: u32,
}

/// Code nested deeper than this is rejected: the passes recurse over the
/// AST, and their stack is finite.
const MAX_DEPTH: u32 = 3000;

/// The context a function is analysed in.
struct FnCtx<'a> {
    kind: FunctionKind,
    name: String,
    span: (u32, u32),
    class: Option<ClassIdx>,
    /// Forced strict (class code).
    strict: bool,
    /// A named function expression's own name.
    self_name: Option<&'a BindingIdentifier<'a>>,
    /// The id reserved for this function (a class constructor).
    reuse: Option<FuncIdx>,
}

impl<'a> Resolver<'a> {
    // ---- errors ----

    fn syntax(&mut self, pos: u32, message: impl Into<String>) {
        self.errors.push(CompileError::Syntax(Diagnostic::at(
            self.source,
            pos,
            message,
        )));
    }
    /// Destructuring is outside the subset, but duplicate names bound by
    /// one lexical pattern are still an early SyntaxError.
    fn check_pattern_duplicates(&mut self, p: &BindingPattern<'_>) {
        fn names<'b>(p: &'b BindingPattern<'_>, out: &mut Vec<(&'b str, u32)>) {
            match p {
                BindingPattern::BindingIdentifier(id) => {
                    out.push((id.name.as_str(), id.span.start))
                }
                BindingPattern::AssignmentPattern(a) => names(&a.left, out),
                BindingPattern::ObjectPattern(o) => {
                    for prop in &o.properties {
                        names(&prop.value, out);
                    }
                    if let Some(r) = &o.rest {
                        names(&r.argument, out);
                    }
                }
                BindingPattern::ArrayPattern(a) => {
                    for e in a.elements.iter().flatten() {
                        names(e, out);
                    }
                    if let Some(r) = &a.rest {
                        names(&r.argument, out);
                    }
                }
            }
        }
        let mut found = Vec::new();
        names(p, &mut found);
        for (i, (name, pos)) in found.iter().enumerate() {
            if found[..i].iter().any(|(n, _)| n == name) {
                self.syntax(
                    *pos,
                    format!("Identifier '{name}' has already been declared"),
                );
                return;
            }
        }
    }

    fn unsupported(&mut self, pos: u32, feature: &str) {
        self.errors.push(CompileError::Unsupported(Diagnostic::at(
            self.source,
            pos,
            feature,
        )));
    }
    /// The earliest syntax error, else the earliest unsupported feature.
    fn first_error(&mut self) -> Option<CompileError> {
        let pick = |want_syntax: bool, errors: &[CompileError]| {
            errors
                .iter()
                .filter(|e| matches!(e, CompileError::Syntax(_)) == want_syntax)
                .min_by_key(|e| e.diagnostic().offset)
                .cloned()
        };
        pick(true, &self.errors).or_else(|| pick(false, &self.errors))
    }

    // ---- tables ----

    fn scope(&self, s: ScopeId) -> &Scope<'a> {
        &self.a.scopes[s.0 as usize]
    }
    fn scope_mut(&mut self, s: ScopeId) -> &mut Scope<'a> {
        &mut self.a.scopes[s.0 as usize]
    }
    fn binding(&self, b: BindingId) -> &Binding<'a> {
        &self.a.bindings[b.0 as usize]
    }
    fn binding_mut(&mut self, b: BindingId) -> &mut Binding<'a> {
        &mut self.a.bindings[b.0 as usize]
    }
    fn func(&self, f: FuncIdx) -> &FuncInfo<'a> {
        &self.a.funcs[f.0 as usize]
    }
    fn func_mut(&mut self, f: FuncIdx) -> &mut FuncInfo<'a> {
        &mut self.a.funcs[f.0 as usize]
    }
    fn cur(&mut self) -> &mut FuncInfo<'a> {
        let f = self.cur_func;
        self.func_mut(f)
    }
    fn strict(&self) -> bool {
        self.scope(self.cur_scope).strict
    }
    /// The source text of `span`.
    fn text(&self, span: oxc_span::Span) -> &'a str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    fn new_scope(&mut self, kind: ScopeKind, strict: bool) -> ScopeId {
        let id = ScopeId(self.a.scopes.len() as u32);
        let parent = if self.a.scopes.is_empty() {
            None
        } else {
            Some(self.cur_scope)
        };
        self.a.scopes.push(Scope {
            kind,
            parent,
            func: self.cur_func,
            strict,
            bindings: Vec::new(),
            functions: Vec::new(),
            env_slots: 0,
            rhs_in_scope: false,
            names: FxHashMap::default(),
            var_names: FxHashSet::default(),
        });
        id
    }

    /// Enters a new scope keyed by `node`; returns the previous scope.
    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind) -> ScopeId {
        let strict = self.strict();
        let s = self.new_scope(kind, strict);
        self.a.scope_of.insert(addr(node), s);
        std::mem::replace(&mut self.cur_scope, s)
    }

    fn add_binding(
        &mut self,
        scope: ScopeId,
        name: &'a str,
        kind: BindingKind,
        decl_pos: u32,
        init_pos: u32,
    ) -> BindingId {
        let id = BindingId(self.a.bindings.len() as u32);
        let func = self.scope(scope).func;
        // Function-level bindings are initialised at entry, outside any try.
        let try_depth = match self.scope(scope).kind {
            ScopeKind::Function | ScopeKind::Script => 0,
            _ => self.func(func).try_depth,
        };
        self.a.bindings.push(Binding {
            name,
            kind,
            scope,
            func,
            decl_pos,
            init_pos,
            captured: false,
            try_assigned: false,
            tdz_checked: false,
            try_depth,
            storage: Storage::Ssa,
        });
        let sc = self.scope_mut(scope);
        sc.bindings.push(id);
        sc.names.insert(name, id);
        id
    }

    fn redeclared(&mut self, name: &str, a: u32, b: u32) {
        self.syntax(
            a.max(b),
            format!("Identifier '{name}' has already been declared"),
        );
    }

    /// The var scope (function or script top scope) of the current function.
    fn var_scope(&self) -> ScopeId {
        self.func(self.cur_func).scope
    }

    // ---- declarations ----

    /// Declares a lexical binding (let/const/class/block function) in `scope`.
    fn declare_lexical(
        &mut self,
        scope: ScopeId,
        id: &'a BindingIdentifier<'a>,
        kind: BindingKind,
        init_pos: u32,
    ) -> BindingId {
        let name = id.name.as_str();
        let pos = id.span.start;
        self.check_binding_name(id);
        if name == "let" && matches!(kind, BindingKind::Let | BindingKind::Const) {
            self.syntax(pos, "let is disallowed as a lexically bound name");
        }
        if let Some(&existing) = self.scope(scope).names.get(name) {
            let ex = self.binding(existing);
            let both_block_functions =
                ex.kind == BindingKind::BlockFunction && kind == BindingKind::BlockFunction;
            if both_block_functions && !self.scope(scope).strict {
                self.a.decls.insert(addr(id), existing);
                return existing;
            }
            let ex_pos = ex.decl_pos;
            self.redeclared(name, ex_pos, pos);
            self.a.decls.insert(addr(id), existing);
            return existing;
        }
        if self.scope(scope).var_names.contains(name) {
            self.redeclared(name, pos, pos);
        }
        let b = self.add_binding(scope, name, kind, pos, init_pos);
        self.a.decls.insert(addr(id), b);
        b
    }

    /// Declares a `var` (or a top-level function) in the var scope.
    fn declare_var(&mut self, name: &'a str, pos: u32, kind: BindingKind) -> BindingId {
        let scope = self.var_scope();
        if let Some(&existing) = self.scope(scope).names.get(name) {
            let ex = self.binding(existing);
            if ex.kind.is_lexical() {
                let ex_pos = ex.decl_pos;
                self.redeclared(name, ex_pos, pos);
            }
            return existing;
        }
        self.add_binding(scope, name, kind, pos, 0)
    }

    /// Strict-mode restrictions on binding names.
    fn check_binding_name(&mut self, id: &BindingIdentifier<'a>) {
        let name = id.name.as_str();
        if self.strict() {
            if name == "eval" || name == "arguments" {
                self.syntax(id.span.start, "Unexpected eval or arguments in strict mode");
            } else if STRICT_RESERVED.contains(&name) {
                self.syntax(id.span.start, "Unexpected strict mode reserved word");
            }
        }
    }

    /// Declares the lexical declarations of a statement list in `scope`
    /// (`top`: the list is a function body or script, where function
    /// declarations are var-like).
    fn declare_lexicals(&mut self, stmts: &'a [Statement<'a>], scope: ScopeId, top: bool) {
        for stmt in stmts {
            self.declare_lexical_stmt(stmt, scope, top);
        }
    }

    fn declare_lexical_stmt(&mut self, stmt: &'a Statement<'a>, scope: ScopeId, top: bool) {
        match stmt {
            Statement::VariableDeclaration(d) if d.kind.is_lexical() => {
                let kind = if d.kind == VariableDeclarationKind::Const {
                    BindingKind::Const
                } else {
                    BindingKind::Let
                };
                for decl in &d.declarations {
                    if let BindingPattern::BindingIdentifier(id) = &decl.id {
                        self.declare_lexical(scope, id, kind, decl.span.end);
                    }
                }
            }
            Statement::ClassDeclaration(c) => {
                if let Some(id) = &c.id {
                    self.declare_lexical(scope, id, BindingKind::Class, c.span.end);
                }
            }
            Statement::FunctionDeclaration(f) => {
                let Some(id) = &f.id else { return };
                if top {
                    self.check_binding_name(id);
                    let kind = if self.scope(scope).kind == ScopeKind::Script {
                        BindingKind::Var
                    } else {
                        BindingKind::Function
                    };
                    let b = self.declare_var(id.name.as_str(), id.span.start, kind);
                    self.a.decls.insert(addr(id), b);
                } else {
                    self.declare_lexical(scope, id, BindingKind::BlockFunction, 0);
                }
                self.scope_mut(scope).functions.push(f);
            }
            _ => {}
        }
    }

    /// Hoists the `var` declarations of a function body (and Annex B.3.3
    /// block functions) to the var scope. `frames` holds, for each enclosing
    /// block, its lexical names and its function declarations' names.
    fn hoist_vars(
        &mut self,
        stmts: &'a [Statement<'a>],
        frames: &mut Vec<(Vec<&'a str>, Vec<&'a str>)>,
        top: bool,
    ) {
        for stmt in stmts {
            self.hoist_stmt(stmt, frames, top);
        }
    }

    fn hoist_block(
        &mut self,
        stmts: &'a [Statement<'a>],
        frames: &mut Vec<(Vec<&'a str>, Vec<&'a str>)>,
    ) {
        frames.push(lexical_names(stmts));
        self.hoist_vars(stmts, frames, false);
        frames.pop();
    }

    fn hoist_stmt(
        &mut self,
        stmt: &'a Statement<'a>,
        frames: &mut Vec<(Vec<&'a str>, Vec<&'a str>)>,
        top: bool,
    ) {
        match stmt {
            Statement::VariableDeclaration(d) if d.kind == VariableDeclarationKind::Var => {
                self.hoist_var_decl(d);
            }
            Statement::FunctionDeclaration(f) if !top => {
                let Some(id) = &f.id else { return };
                let name = id.name.as_str();
                if self.strict() || name == "arguments" {
                    return;
                }
                let n = frames.len();
                let conflict = frames.iter().enumerate().any(|(i, (lex, funcs))| {
                    lex.contains(&name) || (i + 1 < n && funcs.contains(&name))
                });
                let vs = self.var_scope();
                let conflict = conflict
                    || self.scope(vs).names.get(name).is_some_and(|&b| {
                        matches!(
                            self.binding(b).kind,
                            BindingKind::Param
                                | BindingKind::Let
                                | BindingKind::Const
                                | BindingKind::Class
                        )
                    });
                if !conflict {
                    let b = self.declare_var(name, id.span.start, BindingKind::Var);
                    self.a.annexb.insert(addr(f.as_ref()), b);
                }
            }
            Statement::BlockStatement(b) => self.hoist_block(&b.body, frames),
            Statement::IfStatement(s) => {
                self.hoist_single(&s.consequent, frames);
                if let Some(alt) = &s.alternate {
                    self.hoist_single(alt, frames);
                }
            }
            Statement::ForStatement(s) => {
                let mut frame = (Vec::new(), Vec::new());
                if let Some(ForStatementInit::VariableDeclaration(d)) = &s.init {
                    if d.kind == VariableDeclarationKind::Var {
                        self.hoist_var_decl(d);
                    } else {
                        frame.0 = decl_names(d);
                    }
                }
                frames.push(frame);
                self.hoist_single(&s.body, frames);
                frames.pop();
            }
            Statement::ForInStatement(s) => self.hoist_for_each(&s.left, &s.body, frames),
            Statement::ForOfStatement(s) => self.hoist_for_each(&s.left, &s.body, frames),
            Statement::WhileStatement(s) => self.hoist_single(&s.body, frames),
            Statement::DoWhileStatement(s) => self.hoist_single(&s.body, frames),
            Statement::LabeledStatement(s) => self.hoist_single(&s.body, frames),
            Statement::WithStatement(s) => self.hoist_single(&s.body, frames),
            Statement::TryStatement(s) => {
                self.hoist_block(&s.block.body, frames);
                if let Some(h) = &s.handler {
                    self.hoist_block(&h.body.body, frames);
                }
                if let Some(f) = &s.finalizer {
                    self.hoist_block(&f.body, frames);
                }
            }
            Statement::SwitchStatement(s) => {
                let mut frame = (Vec::new(), Vec::new());
                for case in &s.cases {
                    let (l, f) = lexical_names(&case.consequent);
                    frame.0.extend(l);
                    frame.1.extend(f);
                }
                frames.push(frame);
                for case in &s.cases {
                    self.hoist_vars(&case.consequent, frames, false);
                }
                frames.pop();
            }
            _ => {}
        }
    }

    /// A statement in a single-statement position (a function declaration
    /// there gets its own block).
    fn hoist_single(
        &mut self,
        stmt: &'a Statement<'a>,
        frames: &mut Vec<(Vec<&'a str>, Vec<&'a str>)>,
    ) {
        if let Statement::FunctionDeclaration(f) = stmt {
            let names = f.id.iter().map(|id| id.name.as_str()).collect();
            frames.push((Vec::new(), names));
            self.hoist_stmt(stmt, frames, false);
            frames.pop();
        } else {
            self.hoist_stmt(stmt, frames, false);
        }
    }

    fn hoist_for_each(
        &mut self,
        left: &'a ForStatementLeft<'a>,
        body: &'a Statement<'a>,
        frames: &mut Vec<(Vec<&'a str>, Vec<&'a str>)>,
    ) {
        let mut frame = (Vec::new(), Vec::new());
        if let ForStatementLeft::VariableDeclaration(d) = left {
            if d.kind == VariableDeclarationKind::Var {
                self.hoist_var_decl(d);
            } else {
                frame.0 = decl_names(d);
            }
        }
        frames.push(frame);
        self.hoist_single(body, frames);
        frames.pop();
    }

    fn hoist_var_decl(&mut self, d: &'a VariableDeclaration<'a>) {
        for decl in &d.declarations {
            if let BindingPattern::BindingIdentifier(id) = &decl.id {
                self.check_binding_name(id);
                let kind = BindingKind::Var;
                self.declare_var(id.name.as_str(), id.span.start, kind);
            }
        }
    }

    // ---- references ----

    /// Resolves `name` from the current scope.
    fn lookup(&mut self, name: &'a str, pos: u32) -> Option<BindingId> {
        let mut s = self.cur_scope;
        loop {
            let scope = self.scope(s);
            let func = scope.func;
            if let Some(&b) = scope.names.get(name) {
                let kind = self.binding(b).kind;
                // Parameter defaults do not see the body's declarations.
                // FIXME: the specification gives a function with parameter
                // expressions a separate var environment; here parameters
                // and body share one scope, so `var a` in the body of
                // `function f(a = 1)` is the parameter itself (same value
                // at entry, so only a closure in a default could tell).
                let hidden = scope.kind == ScopeKind::Function
                    && self.func(func).in_params
                    && !matches!(
                        kind,
                        BindingKind::Param | BindingKind::Arguments | BindingKind::FnName
                    );
                if !hidden {
                    return Some(b);
                }
            }
            if scope.kind == ScopeKind::Function && name == "arguments" {
                let f = self.func(func);
                match f.kind {
                    FunctionKind::Arrow => {}
                    FunctionKind::FieldInit => {
                        self.syntax(
                            pos,
                            "'arguments' is not allowed in class field initializer or static initialization block",
                        );
                        return None;
                    }
                    _ if matches!(f.node, FuncNode::StaticInit(_)) => {
                        self.syntax(
                            pos,
                            "'arguments' is not allowed in class field initializer or static initialization block",
                        );
                        return None;
                    }
                    _ => {
                        let b = self.add_binding(s, "arguments", BindingKind::Arguments, 0, 0);
                        self.func_mut(func).arguments_binding = Some(b);
                        return Some(b);
                    }
                }
            }
            s = scope.parent?;
        }
    }

    /// Resolves a reference and records what the lowering needs.
    fn reference(&mut self, id: &'a IdentifierReference<'a>, write: bool) {
        let name = id.name.as_str();
        let pos = id.span.start;
        if self.strict() && STRICT_RESERVED.contains(&name) {
            self.syntax(pos, "Unexpected strict mode reserved word");
        }
        if write && self.strict() && (name == "eval" || name == "arguments") {
            self.syntax(pos, "Unexpected eval or arguments in strict mode");
        }
        let binding = self.lookup(name, pos);
        if let Some(b) = binding {
            let scope = self.binding(b).scope;
            if self.rhs_scopes.contains(&scope) {
                self.scope_mut(scope).rhs_in_scope = true;
            }
        }
        let check = match binding {
            Some(b) => {
                self.note_use(b, write);
                let check = self.needs_check(b, pos);
                if check {
                    self.binding_mut(b).tdz_checked = true;
                }
                check
            }
            None => {
                if !write {
                    if name == "eval" {
                        self.unsupported(pos, "eval");
                    } else if UNSUPPORTED_GLOBALS.contains(&name) {
                        self.unsupported(pos, name);
                    }
                }
                false
            }
        };
        self.a.refs.insert(addr(id), Ref { binding, check });
    }

    /// Records a use of `b` from the current function: capture, or an
    /// assignment inside a protected region.
    fn note_use(&mut self, b: BindingId, write: bool) {
        let cur = self.cur_func;
        let depth = self.func(cur).try_depth;
        let (kind, func) = (self.binding(b).kind, self.binding(b).func);
        if kind == BindingKind::Param && write {
            self.func_mut(func).param_written = true;
        }
        if kind == BindingKind::Arguments && !self.plain_arguments_read {
            self.func_mut(func).arguments_escape = true;
        }
        let bind = self.binding_mut(b);
        if bind.func != cur {
            bind.captured = true;
        } else if write && depth > bind.try_depth {
            bind.try_assigned = true;
        }
    }

    /// Does a read of `b` at `pos` need a TDZ check?
    fn needs_check(&self, b: BindingId, pos: u32) -> bool {
        let bind = self.binding(b);
        let same_fn_after = bind.func == self.cur_func
            && pos >= bind.init_pos
            && self.scope(bind.scope).kind != ScopeKind::Switch;
        match bind.kind {
            BindingKind::Let | BindingKind::Const | BindingKind::Class => !same_fn_after,
            BindingKind::Param => self.func(bind.func).has_param_exprs && !same_fn_after,
            BindingKind::ClassInner => {
                if same_fn_after {
                    return false;
                }
                // Class element functions run only after the class binding
                // is initialised.
                let class = self.a.classes.iter().position(|c| c.scope == bind.scope);
                let mut f = self.cur_func;
                while f != bind.func {
                    let info = self.func(f);
                    if info.class.is_some() && info.class.map(|c| c.0 as usize) == class {
                        return false;
                    }
                    match info.parent {
                        Some(p) => f = p,
                        None => break,
                    }
                }
                true
            }
            BindingKind::Var
            | BindingKind::Function
            | BindingKind::BlockFunction
            | BindingKind::CatchParam
            | BindingKind::FnName
            | BindingKind::Arguments
            | BindingKind::This
            | BindingKind::NewTarget
            | BindingKind::Home
            | BindingKind::Callee
            | BindingKind::FieldKey => false,
        }
    }

    /// The function providing `this` etc. to the current one.
    fn this_func(&self) -> FuncIdx {
        self.func(self.cur_func).this_func
    }

    /// A synthetic binding of the `this`-providing function, used from an
    /// arrow (so captured).
    fn synthetic(
        &mut self,
        get: fn(&FuncInfo<'a>) -> Option<BindingId>,
        set: fn(&mut FuncInfo<'a>, BindingId),
        kind: BindingKind,
        name: &'static str,
    ) -> BindingId {
        let p = self.this_func();
        match get(self.func(p)) {
            Some(b) => b,
            None => {
                let scope = self.func(p).scope;
                let b = self.add_binding(scope, name, kind, 0, 0);
                set(self.func_mut(p), b);
                b
            }
        }
    }

    fn use_this(&mut self, write: bool) {
        let p = self.this_func();
        let derived = self.func(p).kind == FunctionKind::DerivedConstructor;
        if p == self.cur_func && !derived {
            self.cur().uses_this = true;
        }
        if p != self.cur_func || derived {
            let b = self.synthetic(
                |f| f.this_binding,
                |f, b| f.this_binding = Some(b),
                BindingKind::This,
                "%this",
            );
            self.note_use(b, write);
        }
    }

    fn use_super_property(&mut self, pos: u32) {
        let p = self.this_func();
        let ok = matches!(
            self.func(p).kind,
            FunctionKind::Method
                | FunctionKind::Getter
                | FunctionKind::Setter
                | FunctionKind::ClassConstructor
                | FunctionKind::DerivedConstructor
                | FunctionKind::FieldInit
        );
        if !ok {
            self.syntax(pos, "'super' keyword unexpected here");
            return;
        }
        self.use_this(false);
        if p != self.cur_func {
            let b = self.synthetic(
                |f| f.home_binding,
                |f, b| f.home_binding = Some(b),
                BindingKind::Home,
                "%home",
            );
            self.note_use(b, false);
        }
    }

    fn use_super_call(&mut self, pos: u32) {
        let p = self.this_func();
        if self.func(p).kind != FunctionKind::DerivedConstructor {
            self.syntax(pos, "'super' keyword unexpected here");
            return;
        }
        self.use_this(false);
        self.use_this(true);
        if p != self.cur_func {
            let nt = self.synthetic(
                |f| f.new_target_binding,
                |f, b| f.new_target_binding = Some(b),
                BindingKind::NewTarget,
                "%new.target",
            );
            self.note_use(nt, false);
            let callee = self.synthetic(
                |f| f.callee_binding,
                |f, b| f.callee_binding = Some(b),
                BindingKind::Callee,
                "%callee",
            );
            self.note_use(callee, false);
        }
    }

    fn use_new_target(&mut self) {
        let p = self.this_func();
        if p != self.cur_func && self.func(p).kind != FunctionKind::Script {
            let b = self.synthetic(
                |f| f.new_target_binding,
                |f, b| f.new_target_binding = Some(b),
                BindingKind::NewTarget,
                "%new.target",
            );
            self.note_use(b, false);
        }
    }

    // ---- functions ----

    fn new_func(&mut self, node: FuncNode<'a>, cx: &FnCtx<'a>, strict: bool) -> FuncIdx {
        let id = cx.reuse.unwrap_or(FuncIdx(self.a.funcs.len() as u32));
        let parent = if self.a.funcs.is_empty() {
            None
        } else {
            Some(self.cur_func)
        };
        let this_func = match (cx.kind, parent) {
            (FunctionKind::Arrow, Some(p)) => self.func(p).this_func,
            _ => id,
        };
        let info = FuncInfo {
            node,
            kind: cx.kind,
            name: cx.name.clone(),
            span: cx.span,
            strict,
            length: 0,
            parent,
            scope: ScopeId(0),
            this_func,
            class: cx.class,
            this_binding: None,
            uses_this: false,
            new_target_binding: None,
            home_binding: None,
            callee_binding: None,
            arguments_binding: None,
            name_binding: None,
            has_param_exprs: false,
            mapped_arguments: false,
            simple_params: true,
            param_written: false,
            arguments_escape: false,
            this_props: FxHashSet::default(),
            try_depth: 0,
            in_params: false,
            jumps: Vec::new(),
        };
        match cx.reuse {
            Some(r) => self.a.funcs[r.0 as usize] = info,
            None => self.a.funcs.push(info),
        }
        id
    }

    /// Enters function `f` with a new top scope (`FuncInfo::scope`); returns
    /// the saved (function, scope).
    fn enter_func(&mut self, f: FuncIdx) -> (FuncIdx, ScopeId) {
        let saved = (self.cur_func, self.cur_scope);
        let strict = self.func(f).strict;
        self.cur_func = f;
        let s = self.new_scope(ScopeKind::Function, strict);
        self.cur_scope = s;
        self.func_mut(f).scope = s;
        saved
    }

    fn leave_func(&mut self, saved: (FuncIdx, ScopeId)) {
        (self.cur_func, self.cur_scope) = saved;
    }

    fn visit_program(&mut self, program: &'a Program<'a>) {
        let strict = program.has_use_strict_directive();
        let cx = FnCtx {
            kind: FunctionKind::Script,
            name: String::new(),
            span: (program.span.start, program.span.end),
            class: None,
            strict,
            self_name: None,
            reuse: None,
        };
        let f = self.new_func(FuncNode::Script(program), &cx, strict);
        let s = self.new_scope(ScopeKind::Script, strict);
        self.a.scope_of.insert(addr(program), s);
        self.func_mut(f).scope = s;
        self.cur_scope = s;
        self.cur_func = f;
        for d in &program.directives {
            self.check_string_escapes(d.expression.span);
        }
        self.declare_lexicals(&program.body, s, true);
        let mut frames = vec![lexical_names_top(&program.body)];
        self.hoist_vars(&program.body, &mut frames, true);
        self.visit_stmts(&program.body);
    }

    /// Analyses a `function` (declaration, expression, method, accessor or
    /// class constructor).
    fn visit_function(&mut self, func: &'a Function<'a>, cx: FnCtx<'a>) -> FuncIdx {
        if func.generator {
            self.unsupported(func.span.start, "generator functions");
        }
        if func.r#async {
            self.unsupported(func.span.start, "async functions");
        }
        let Some(body) = &func.body else {
            self.syntax(func.span.start, "Function body expected");
            return FuncIdx(0);
        };
        let own_strict = body.has_use_strict_directive();
        let strict = cx.strict || self.strict() || own_strict;
        let f = self.new_func(FuncNode::Function(func), &cx, strict);
        self.a.func_of.insert(addr(func), f);
        if own_strict && !is_simple_params(&func.params) {
            self.syntax(
                func.span.start,
                "Illegal 'use strict' directive in function with non-simple parameter list",
            );
        }
        let saved = self.enter_func(f);
        for d in &body.directives {
            self.check_string_escapes(d.expression.span);
        }
        if cx.kind == FunctionKind::DerivedConstructor {
            let s = self.cur_scope;
            let b = self.add_binding(s, "%this", BindingKind::This, 0, 0);
            self.cur().this_binding = Some(b);
        }
        let allow_dupes =
            !strict && cx.kind == FunctionKind::Normal && is_simple_params(&func.params);
        self.declare_params(&func.params, allow_dupes);
        let s = self.cur_scope;
        self.declare_lexicals(&body.statements, s, true);
        let mut frames = vec![lexical_names_top(&body.statements)];
        self.hoist_vars(&body.statements, &mut frames, true);
        if let Some(id) = cx.self_name {
            let name = id.name.as_str();
            if !self.scope(s).names.contains_key(name) {
                let b = self.add_binding(s, name, BindingKind::FnName, id.span.start, 0);
                self.cur().name_binding = Some(b);
            }
        }
        self.visit_params(&func.params);
        self.visit_stmts(&body.statements);
        self.leave_func(saved);
        f
    }

    fn visit_arrow(&mut self, arrow: &'a ArrowFunctionExpression<'a>, name: String) -> FuncIdx {
        if arrow.r#async {
            self.unsupported(arrow.span.start, "async functions");
        }
        let own_strict = arrow.body.has_use_strict_directive();
        let strict = self.strict() || own_strict;
        let cx = FnCtx {
            kind: FunctionKind::Arrow,
            name,
            span: (arrow.span.start, arrow.span.end),
            class: None,
            strict,
            self_name: None,
            reuse: None,
        };
        let f = self.new_func(FuncNode::Arrow(arrow), &cx, strict);
        self.a.func_of.insert(addr(arrow), f);
        if own_strict && !is_simple_params(&arrow.params) {
            self.syntax(
                arrow.span.start,
                "Illegal 'use strict' directive in function with non-simple parameter list",
            );
        }
        let saved = self.enter_func(f);
        self.declare_params(&arrow.params, false);
        let s = self.cur_scope;
        match &arrow.body {
            ArrowFunctionBody::FunctionBody(body) => {
                self.declare_lexicals(&body.statements, s, true);
                let mut frames = vec![lexical_names_top(&body.statements)];
                self.hoist_vars(&body.statements, &mut frames, true);
                self.visit_params(&arrow.params);
                self.visit_stmts(&body.statements);
            }
            other => {
                self.visit_params(&arrow.params);
                if let Some(e) = other.as_expression() {
                    self.visit_expr(e);
                }
            }
        }
        self.leave_func(saved);
        f
    }

    fn declare_params(&mut self, params: &'a FormalParameters<'a>, allow_dupes: bool) {
        let s = self.cur_scope;
        let mut length = 0;
        let mut counting = true;
        let simple = is_simple_params(params);
        self.cur().simple_params = simple;
        for p in &params.items {
            if p.initializer.is_some() {
                counting = false;
                self.cur().has_param_exprs = true;
            }
            if counting {
                length += 1;
            }
            self.declare_param(&p.pattern, s, allow_dupes, p.span.end);
        }
        if let Some(rest) = &params.rest {
            self.declare_param(&rest.rest.argument, s, allow_dupes, rest.span.end);
        }
        self.cur().length = length;
    }

    fn declare_param(
        &mut self,
        pattern: &'a BindingPattern<'a>,
        scope: ScopeId,
        allow_dupes: bool,
        end: u32,
    ) {
        match pattern {
            BindingPattern::BindingIdentifier(id) => {
                self.check_binding_name(id);
                let name = id.name.as_str();
                if let Some(&existing) = self.scope(scope).names.get(name) {
                    if !allow_dupes {
                        self.syntax(
                            id.span.start,
                            "Duplicate parameter name not allowed in this context",
                        );
                    }
                    // The last parameter of that name wins.
                    let b = self.binding_mut(existing);
                    b.init_pos = end;
                    self.a.decls.insert(addr(id.as_ref()), existing);
                } else {
                    let b = self.add_binding(scope, name, BindingKind::Param, id.span.start, end);
                    self.a.decls.insert(addr(id.as_ref()), b);
                }
            }
            BindingPattern::AssignmentPattern(p) => {
                self.declare_param(&p.left, scope, allow_dupes, end);
            }
            BindingPattern::ObjectPattern(p) => self.unsupported(p.span.start, "destructuring"),
            BindingPattern::ArrayPattern(p) => self.unsupported(p.span.start, "destructuring"),
        }
    }

    fn visit_params(&mut self, params: &'a FormalParameters<'a>) {
        self.cur().in_params = true;
        for p in &params.items {
            if !p.decorators.is_empty() {
                self.unsupported(p.span.start, "decorators");
            }
            if let Some(init) = &p.initializer {
                let name = match &p.pattern {
                    BindingPattern::BindingIdentifier(id) => id.name.as_str().to_string(),
                    _ => String::new(),
                };
                self.visit_expr_named(init, &name);
            }
        }
        self.cur().in_params = false;
    }

    // ---- classes ----

    fn visit_class(&mut self, class: &'a Class<'a>, name: String) -> ClassIdx {
        if !class.decorators.is_empty() {
            self.unsupported(class.span.start, "decorators");
        }
        let saved_scope = self.cur_scope;
        let s = self.new_scope(ScopeKind::Class, true);
        self.a.scope_of.insert(addr(class), s);
        self.cur_scope = s;
        let cid = ClassIdx(self.a.classes.len() as u32);
        self.a.class_of.insert(addr(class), cid);
        let inner_binding = class.id.as_ref().map(|id| {
            self.check_binding_name(id);
            self.add_binding(
                s,
                id.name.as_str(),
                BindingKind::ClassInner,
                id.span.start,
                class.span.end,
            )
        });
        let derived = class.heritage.is_some();
        let ctor_kind = if derived {
            FunctionKind::DerivedConstructor
        } else {
            FunctionKind::ClassConstructor
        };
        let ctor_method = class.body.body.iter().find_map(|e| match e {
            ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => {
                Some(m)
            }
            _ => None,
        });
        let span = (class.span.start, class.span.end);
        // The constructor's id comes first.
        let ctor_cx = FnCtx {
            kind: ctor_kind,
            name: name.clone(),
            span,
            class: Some(cid),
            strict: true,
            self_name: None,
            reuse: None,
        };
        // The constructor's id comes first; an explicit constructor fills it
        // in when its turn comes.
        let ctor = self.new_func(FuncNode::DefaultCtor, &ctor_cx, true);
        if ctor_method.is_none() {
            let saved = self.enter_func(ctor);
            if derived {
                let s = self.cur_scope;
                let b = self.add_binding(s, "%this", BindingKind::This, 0, 0);
                self.cur().this_binding = Some(b);
            }
            self.leave_func(saved);
        }
        let instance_fields = class
            .body
            .body
            .iter()
            .filter(|e| matches!(e, ClassElement::PropertyDefinition(p) if !p.r#static))
            .count() as u32;
        self.a.classes.push(ClassInfo {
            node: class,
            scope: s,
            ctor,
            field_init: None,
            static_init: None,
            inner_binding,
            instance_fields,
        });
        if let Some(h) = &class.heritage {
            self.visit_expr(&h.expression);
        }
        let mut seen_ctor = false;
        for element in &class.body.body {
            match element {
                ClassElement::MethodDefinition(m) => {
                    if m.r#type == MethodDefinitionType::TSAbstractMethodDefinition
                        || !m.decorators.is_empty()
                    {
                        self.unsupported(m.span.start, "decorators");
                    }
                    if m.kind == MethodDefinitionKind::Constructor {
                        if seen_ctor {
                            self.syntax(
                                m.key.span().start,
                                "A class may only have one constructor",
                            );
                            continue;
                        }
                        seen_ctor = true;
                        self.visit_function(
                            &m.value,
                            FnCtx {
                                kind: ctor_kind,
                                name: name.clone(),
                                span,
                                class: Some(cid),
                                strict: true,
                                self_name: None,
                                reuse: Some(ctor),
                            },
                        );
                        continue;
                    }
                    let key_name = self.visit_key(&m.key, m.computed);
                    if m.r#static && key_name.as_deref() == Some("prototype") {
                        self.syntax(
                            m.key.span().start,
                            "Classes may not have a static property named 'prototype'",
                        );
                    }
                    let (kind, fname) = match m.kind {
                        MethodDefinitionKind::Get => (
                            FunctionKind::Getter,
                            format!("get {}", key_name.unwrap_or_default()),
                        ),
                        MethodDefinitionKind::Set => (
                            FunctionKind::Setter,
                            format!("set {}", key_name.unwrap_or_default()),
                        ),
                        MethodDefinitionKind::Method | MethodDefinitionKind::Constructor => {
                            (FunctionKind::Method, key_name.unwrap_or_default())
                        }
                    };
                    let start = method_start(self.source, m);
                    self.visit_function(
                        &m.value,
                        FnCtx {
                            kind,
                            name: fname,
                            span: (start, m.span.end),
                            class: Some(cid),
                            strict: true,
                            self_name: None,
                            reuse: None,
                        },
                    );
                }
                ClassElement::PropertyDefinition(p) => {
                    if p.r#type == PropertyDefinitionType::TSAbstractPropertyDefinition
                        || !p.decorators.is_empty()
                    {
                        self.unsupported(p.span.start, "decorators");
                    }
                    let key_name = self.visit_key(&p.key, p.computed);
                    if key_name.as_deref() == Some("constructor") {
                        self.syntax(
                            p.key.span().start,
                            "Classes may not have a field named 'constructor'",
                        );
                    }
                    if p.r#static && key_name.as_deref() == Some("prototype") {
                        self.syntax(
                            p.key.span().start,
                            "Classes may not have a static property named 'prototype'",
                        );
                    }
                    if p.computed {
                        // Read by the (static) field initialiser function.
                        let b = self.add_binding(s, "%key", BindingKind::FieldKey, 0, 0);
                        self.binding_mut(b).captured = true;
                        self.a.field_keys.insert(addr(p.as_ref()), b);
                    }
                    let f = self.initializer_func(cid, p.r#static, span);
                    let saved = (self.cur_func, self.cur_scope);
                    self.cur_func = f;
                    self.cur_scope = self.func(f).scope;
                    if let Some(v) = &p.value {
                        self.visit_expr_named(v, &key_name.unwrap_or_default());
                    }
                    (self.cur_func, self.cur_scope) = saved;
                }
                ClassElement::StaticBlock(b) => {
                    let f = self.initializer_func(cid, true, span);
                    let saved = (self.cur_func, self.cur_scope);
                    self.cur_func = f;
                    self.cur_scope = self.func(f).scope;
                    self.push_scope(b.as_ref(), ScopeKind::Block);
                    let bs = self.cur_scope;
                    self.declare_lexicals(&b.body, bs, false);
                    self.visit_stmts(&b.body);
                    (self.cur_func, self.cur_scope) = saved;
                }
                ClassElement::AccessorProperty(p) => {
                    self.unsupported(p.span.start, "auto-accessors");
                }
                ClassElement::TSIndexSignature(p) => {
                    self.syntax(p.span.start, "Unexpected token");
                }
            }
        }
        self.cur_scope = saved_scope;
        cid
    }

    /// The field initialiser (instance) or static initialiser function of
    /// class `cid`, created on first use.
    fn initializer_func(&mut self, cid: ClassIdx, is_static: bool, span: (u32, u32)) -> FuncIdx {
        let existing = if is_static {
            self.a.classes[cid.0 as usize].static_init
        } else {
            self.a.classes[cid.0 as usize].field_init
        };
        if let Some(f) = existing {
            return f;
        }
        let class = self.a.classes[cid.0 as usize].node;
        let (kind, node) = if is_static {
            (FunctionKind::Method, FuncNode::StaticInit(class))
        } else {
            (FunctionKind::FieldInit, FuncNode::FieldInit(class))
        };
        let cx = FnCtx {
            kind,
            name: String::new(),
            span,
            class: Some(cid),
            strict: true,
            self_name: None,
            reuse: None,
        };
        let f = self.new_func(node, &cx, true);
        let saved = self.enter_func(f);
        if is_static {
            // Static blocks hoist their vars to the static initialiser.
            for e in &class.body.body {
                if let ClassElement::StaticBlock(b) = e {
                    let mut frames = vec![lexical_names(&b.body)];
                    self.hoist_vars(&b.body, &mut frames, false);
                }
            }
            self.a.classes[cid.0 as usize].static_init = Some(f);
        } else {
            self.a.classes[cid.0 as usize].field_init = Some(f);
        }
        self.leave_func(saved);
        f
    }

    /// Visits a property key; returns its static name.
    fn visit_key(&mut self, key: &'a PropertyKey<'a>, computed: bool) -> Option<String> {
        match key {
            PropertyKey::PrivateIdentifier(p) => {
                self.unsupported(p.span.start, "private class members");
                None
            }
            _ if computed => {
                if let Some(e) = key.as_expression() {
                    self.visit_expr(e);
                }
                None
            }
            PropertyKey::BigIntLiteral(b) => {
                self.unsupported(b.span.start, "BigInt");
                None
            }
            _ => static_key_name(key),
        }
    }

    // ---- statements ----

    fn visit_stmts(&mut self, stmts: &'a [Statement<'a>]) {
        for s in stmts {
            self.visit_stmt(s);
        }
    }

    /// A statement in a single-statement position (if/loop/label body).
    fn visit_single(&mut self, stmt: &'a Statement<'a>, in_if: bool) {
        let saved = std::mem::replace(&mut self.single_statement, !in_if);
        self.visit_single_inner(stmt, in_if);
        self.single_statement = saved;
    }

    fn visit_single_inner(&mut self, stmt: &'a Statement<'a>, in_if: bool) {
        if let Statement::FunctionDeclaration(f) = stmt {
            if !in_if {
                self.syntax(
                    f.span.start,
                    "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                );
                return;
            }
            if self.strict() {
                self.syntax(
                    f.span.start,
                    "In strict mode code, functions can only be declared at top level or inside a block.",
                );
                return;
            }
            let saved = self.push_scope(stmt, ScopeKind::Block);
            let s = self.cur_scope;
            self.declare_lexical_stmt(stmt, s, false);
            self.visit_stmt(stmt);
            self.cur_scope = saved;
            return;
        }
        self.visit_stmt(stmt);
    }

    fn visit_block(&mut self, block: &'a BlockStatement<'a>) {
        let single = std::mem::replace(&mut self.single_statement, false);
        let saved = self.push_scope(block, ScopeKind::Block);
        let s = self.cur_scope;
        self.declare_lexicals(&block.body, s, false);
        self.visit_stmts(&block.body);
        self.cur_scope = saved;
        self.single_statement = single;
    }

    fn visit_stmt(&mut self, stmt: &'a Statement<'a>) {
        if self.too_deep(stmt.span().start) {
            return;
        }
        self.visit_stmt_inner(stmt);
        self.depth -= 1;
    }

    /// Enters one more level of nesting; false (and an error, once) when
    /// that is too deep.
    fn too_deep(&mut self, pos: u32) -> bool {
        if self.depth >= MAX_DEPTH {
            if !self
                .errors
                .iter()
                .any(|e| e.diagnostic().message.contains("nested"))
            {
                self.unsupported(pos, "code nested more than 3000 levels deep");
            }
            return true;
        }
        self.depth += 1;
        false
    }

    fn visit_stmt_inner(&mut self, stmt: &'a Statement<'a>) {
        match stmt {
            Statement::BlockStatement(b) => self.visit_block(b),
            Statement::BreakStatement(s) => self.visit_jump(s.label.as_ref(), false, s.span.start),
            Statement::ContinueStatement(s) => {
                self.visit_jump(s.label.as_ref(), true, s.span.start)
            }
            Statement::DebuggerStatement(_) | Statement::EmptyStatement(_) => {}
            Statement::DoWhileStatement(s) => {
                self.with_jump(Vec::new(), JumpKind::Loop, |r| {
                    r.visit_single(&s.body, false)
                });
                self.visit_expr(&s.test);
            }
            Statement::WhileStatement(s) => {
                self.visit_expr(&s.test);
                self.with_jump(Vec::new(), JumpKind::Loop, |r| {
                    r.visit_single(&s.body, false)
                });
            }
            Statement::ExpressionStatement(s) => self.visit_expr(&s.expression),
            Statement::ForStatement(s) => self.visit_for(s, Vec::new()),
            Statement::ForInStatement(s) => {
                self.visit_for_each(stmt, &s.left, &s.right, &s.body, Vec::new())
            }
            Statement::ForOfStatement(s) => {
                if s.r#await {
                    self.unsupported(s.span.start, "async functions");
                }
                self.visit_for_each(stmt, &s.left, &s.right, &s.body, Vec::new())
            }
            Statement::IfStatement(s) => {
                self.visit_expr(&s.test);
                self.visit_single(&s.consequent, true);
                if let Some(alt) = &s.alternate {
                    self.visit_single(alt, true);
                }
            }
            Statement::LabeledStatement(s) => self.visit_labeled(s),
            Statement::ReturnStatement(s) => {
                if let Some(e) = &s.argument {
                    self.visit_expr(e);
                }
            }
            Statement::SwitchStatement(s) => {
                self.visit_expr(&s.discriminant);
                let saved = self.push_scope(s.as_ref(), ScopeKind::Switch);
                let sc = self.cur_scope;
                for case in &s.cases {
                    self.declare_lexicals(&case.consequent, sc, false);
                }
                self.with_jump(Vec::new(), JumpKind::Switch, |r| {
                    for case in &s.cases {
                        if let Some(t) = &case.test {
                            r.visit_expr(t);
                        }
                        r.visit_stmts(&case.consequent);
                    }
                });
                self.cur_scope = saved;
            }
            Statement::ThrowStatement(s) => self.visit_expr(&s.argument),
            Statement::TryStatement(s) => self.visit_try(s),
            Statement::WithStatement(s) => {
                if self.strict() {
                    self.syntax(
                        s.span.start,
                        "Strict mode code may not include a with statement",
                    );
                } else {
                    self.unsupported(s.span.start, "with statement");
                }
                self.visit_expr(&s.object);
                self.visit_single(&s.body, false);
            }
            Statement::VariableDeclaration(d) => self.visit_var_decl(d),
            Statement::FunctionDeclaration(f) => {
                if let Some(id) = &f.id
                    && f.body
                        .as_ref()
                        .is_some_and(|b| b.has_use_strict_directive())
                    && (id.name == "eval" || id.name == "arguments")
                {
                    self.syntax(id.span.start, "Unexpected eval or arguments in strict mode");
                }
                let name =
                    f.id.as_ref()
                        .map_or(String::new(), |id| id.name.as_str().to_string());
                self.visit_function(
                    f,
                    FnCtx {
                        kind: FunctionKind::Normal,
                        name,
                        span: (f.span.start, f.span.end),
                        class: None,
                        strict: false,
                        self_name: None,
                        reuse: None,
                    },
                );
                if let Some(&b) = self.a.annexb.get(&addr(f.as_ref())) {
                    self.note_use(b, true);
                }
            }
            Statement::ClassDeclaration(c) => {
                if c.id.is_none() {
                    self.syntax(c.body.span.start, "Unexpected token '{'");
                }
                let name =
                    c.id.as_ref()
                        .map_or(String::new(), |id| id.name.as_str().to_string());
                self.visit_class(c, name);
                if let Some(id) = &c.id
                    && let Some(&b) = self.a.decls.get(&addr(id))
                {
                    self.note_use(b, true);
                }
            }
            Statement::ImportDeclaration(_)
            | Statement::ExportAllDeclaration(_)
            | Statement::ExportDefaultDeclaration(_)
            | Statement::ExportDeclaration(_)
            | Statement::ExportNamedDeclaration(_)
            | Statement::ExportFromDeclaration(_) => {
                self.unsupported(stmt.span().start, "import/export")
            }
            _ => self.syntax(stmt.span().start, "Unexpected token"),
        }
    }

    fn visit_var_decl(&mut self, d: &'a VariableDeclaration<'a>) {
        match d.kind {
            VariableDeclarationKind::Var
            | VariableDeclarationKind::Let
            | VariableDeclarationKind::Const => {}
            VariableDeclarationKind::Using | VariableDeclarationKind::AwaitUsing => {
                self.unsupported(d.span.start, "using declarations");
                return;
            }
        }
        for decl in &d.declarations {
            let id = match &decl.id {
                BindingPattern::BindingIdentifier(id) => id,
                _ => {
                    if d.kind != VariableDeclarationKind::Var {
                        self.check_pattern_duplicates(&decl.id);
                    }
                    self.unsupported(decl.id.span().start, "destructuring");
                    continue;
                }
            };
            let name = id.name.as_str();
            if d.kind == VariableDeclarationKind::Var {
                self.check_var_through(name, id.span.start);
            }
            if let Some(init) = &decl.init {
                self.visit_expr_named(init, name);
            }
            if d.kind == VariableDeclarationKind::Var {
                // The declarator assigns the binding visible here (it may be
                // a catch parameter of the same name).
                let binding = self.lookup(name, id.span.start);
                if let Some(b) = binding
                    && decl.init.is_some()
                {
                    self.note_use(b, true);
                }
                self.a.refs.insert(
                    addr(id.as_ref()),
                    Ref {
                        binding,
                        check: false,
                    },
                );
            } else if let Some(&b) = self.a.decls.get(&addr(id.as_ref())) {
                self.note_use(b, true);
            }
        }
    }

    /// A `var` declared inside blocks: conflicts with their lexical
    /// declarations, and blocks later lexical declarations of its name.
    fn check_var_through(&mut self, name: &'a str, pos: u32) {
        let vs = self.var_scope();
        let mut s = self.cur_scope;
        while s != vs {
            if let Some(&b) = self.scope(s).names.get(name) {
                let bind = self.binding(b);
                if bind.kind != BindingKind::CatchParam {
                    let p = bind.decl_pos;
                    self.redeclared(name, p, pos);
                }
            }
            self.scope_mut(s).var_names.insert(name);
            match self.scope(s).parent {
                Some(p) => s = p,
                None => break,
            }
        }
    }

    fn with_jump(&mut self, labels: Vec<&'a str>, kind: JumpKind, f: impl FnOnce(&mut Self)) {
        self.cur().jumps.push(JumpFrame { labels, kind });
        f(self);
        self.cur().jumps.pop();
    }

    fn visit_jump(&mut self, label: Option<&'a LabelIdentifier<'a>>, is_continue: bool, pos: u32) {
        let jumps = &self.func(self.cur_func).jumps;
        match label {
            None => {
                let ok = jumps.iter().any(|j| {
                    j.kind == JumpKind::Loop || (!is_continue && j.kind == JumpKind::Switch)
                });
                if !ok {
                    let msg = if is_continue {
                        "Illegal continue statement: no surrounding iteration statement"
                    } else {
                        "Illegal break statement"
                    };
                    self.syntax(pos, msg);
                }
            }
            Some(l) => {
                let name = l.name.as_str();
                let found = jumps
                    .iter()
                    .rev()
                    .find(|j| j.labels.contains(&name))
                    .map(|j| j.kind);
                match found {
                    None => self.syntax(l.span.start, format!("Undefined label '{name}'")),
                    Some(kind) if is_continue && kind != JumpKind::Loop => self.syntax(
                        l.span.start,
                        format!(
                            "Illegal continue statement: '{name}' does not denote an iteration statement"
                        ),
                    ),
                    Some(_) => {}
                }
            }
        }
    }

    fn visit_labeled(&mut self, s: &'a LabeledStatement<'a>) {
        let mut labels = Vec::new();
        let body: &'a Statement<'a>;
        let mut cur = s;
        loop {
            let name = cur.label.name.as_str();
            if self.strict() && STRICT_RESERVED.contains(&name) {
                self.syntax(cur.label.span.start, "Unexpected strict mode reserved word");
            }
            let dup = labels.contains(&name)
                || self
                    .func(self.cur_func)
                    .jumps
                    .iter()
                    .any(|j| j.labels.contains(&name));
            if dup {
                self.syntax(
                    cur.label.span.start,
                    format!("Label '{name}' has already been declared"),
                );
            }
            labels.push(name);
            match &cur.body {
                Statement::LabeledStatement(inner) => cur = inner,
                other => {
                    body = other;
                    break;
                }
            }
        }
        match body {
            Statement::ForStatement(f) => self.visit_for(f, labels),
            Statement::ForInStatement(f) => {
                self.visit_for_each(body, &f.left, &f.right, &f.body, labels)
            }
            Statement::ForOfStatement(f) => {
                if f.r#await {
                    self.unsupported(f.span.start, "async functions");
                }
                self.visit_for_each(body, &f.left, &f.right, &f.body, labels)
            }
            Statement::WhileStatement(w) => {
                self.visit_expr(&w.test);
                self.with_jump(labels, JumpKind::Loop, |r| r.visit_single(&w.body, false));
            }
            Statement::DoWhileStatement(w) => {
                self.with_jump(labels, JumpKind::Loop, |r| r.visit_single(&w.body, false));
                self.visit_expr(&w.test);
            }
            Statement::FunctionDeclaration(f) => {
                if self.strict() {
                    self.syntax(
                        f.span.start,
                        "In strict mode code, functions can only be declared at top level or inside a block.",
                    );
                } else if self.single_statement {
                    self.syntax(
                        f.span.start,
                        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                    );
                } else {
                    self.unsupported(f.span.start, "labelled function declarations");
                }
            }
            other => self.with_jump(labels, JumpKind::Label, |r| r.visit_stmt(other)),
        }
    }

    fn visit_for(&mut self, s: &'a ForStatement<'a>, labels: Vec<&'a str>) {
        let saved = self.push_scope(s, ScopeKind::For);
        let sc = self.cur_scope;
        match &s.init {
            Some(ForStatementInit::VariableDeclaration(d)) => {
                if d.kind.is_lexical() {
                    let kind = if d.kind == VariableDeclarationKind::Const {
                        BindingKind::Const
                    } else {
                        BindingKind::Let
                    };
                    for decl in &d.declarations {
                        if let BindingPattern::BindingIdentifier(id) = &decl.id {
                            self.declare_lexical(sc, id, kind, decl.span.end);
                        }
                    }
                }
                self.visit_var_decl(d);
            }
            Some(init) => {
                if let Some(e) = init.as_expression() {
                    self.visit_expr(e);
                }
            }
            None => {}
        }
        if let Some(t) = &s.test {
            self.visit_expr(t);
        }
        if let Some(u) = &s.update {
            self.visit_expr(u);
        }
        self.with_jump(labels, JumpKind::Loop, |r| r.visit_single(&s.body, false));
        self.cur_scope = saved;
    }

    fn visit_for_each(
        &mut self,
        node: &'a Statement<'a>,
        left: &'a ForStatementLeft<'a>,
        right: &'a Expression<'a>,
        body: &'a Statement<'a>,
        labels: Vec<&'a str>,
    ) {
        let saved = self.push_scope(node, ScopeKind::Iter);
        let sc = self.cur_scope;
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                if d.declarations.len() != 1 {
                    self.syntax(
                        d.span.start,
                        "Invalid left-hand side in for-in loop: Must have a single binding.",
                    );
                }
                if d.kind.is_lexical() {
                    let kind = if d.kind == VariableDeclarationKind::Const {
                        BindingKind::Const
                    } else {
                        BindingKind::Let
                    };
                    for decl in &d.declarations {
                        if let BindingPattern::BindingIdentifier(id) = &decl.id {
                            // Initialised at the start of each iteration.
                            self.declare_lexical(sc, id, kind, d.span.end);
                        }
                    }
                }
                self.visit_rhs(right, sc);
                self.visit_var_decl(d);
                if d.kind == VariableDeclarationKind::Var
                    && let Some(decl) = d.declarations.first()
                    && let BindingPattern::BindingIdentifier(id) = &decl.id
                    && let Some(r) = self.a.refs.get(&addr(id.as_ref())).copied()
                    && let Some(b) = r.binding
                {
                    self.note_use(b, true);
                }
                if let Some(decl) = d.declarations.first()
                    && decl.init.is_some()
                    && (d.kind != VariableDeclarationKind::Var
                        || self.strict()
                        || matches!(node, Statement::ForOfStatement(_)))
                {
                    self.syntax(
                        decl.span.start,
                        "for-in loop variable declaration may not have an initializer.",
                    );
                }
            }
            _ => {
                self.visit_rhs(right, sc);
                match left.as_simple_assignment_target() {
                    Some(t) => self.visit_simple_target(t, true),
                    None => self.unsupported(left.span().start, "destructuring"),
                }
            }
        }
        self.with_jump(labels, JumpKind::Loop, |r| r.visit_single(body, false));
        self.cur_scope = saved;
    }

    /// The right-hand side of a for-in/of, in the loop's scope.
    fn visit_rhs(&mut self, right: &'a Expression<'a>, scope: ScopeId) {
        let funcs = self.a.funcs.len();
        self.rhs_scopes.push(scope);
        self.visit_expr(right);
        self.rhs_scopes.pop();
        if self.a.funcs.len() != funcs {
            self.scope_mut(scope).rhs_in_scope = true;
        }
    }

    fn visit_try(&mut self, s: &'a TryStatement<'a>) {
        let protected = s.handler.is_some() || s.finalizer.is_some();
        if protected {
            self.cur().try_depth += 1;
        }
        self.visit_block(&s.block);
        if protected {
            self.cur().try_depth -= 1;
        }
        if let Some(h) = &s.handler {
            let finally = s.finalizer.is_some();
            if finally {
                self.cur().try_depth += 1;
            }
            let saved = self.push_scope(h.as_ref(), ScopeKind::Catch);
            let sc = self.cur_scope;
            if let Some(param) = &h.param {
                match &param.pattern {
                    BindingPattern::BindingIdentifier(id) => {
                        self.check_binding_name(id);
                        let b = self.add_binding(
                            sc,
                            id.name.as_str(),
                            BindingKind::CatchParam,
                            id.span.start,
                            0,
                        );
                        self.a.decls.insert(addr(id.as_ref()), b);
                    }
                    p => {
                        self.check_pattern_duplicates(p);
                        self.unsupported(p.span().start, "destructuring")
                    }
                }
            }
            self.declare_lexicals(&h.body.body, sc, false);
            self.visit_stmts(&h.body.body);
            self.cur_scope = saved;
            if finally {
                self.cur().try_depth -= 1;
            }
        }
        if let Some(f) = &s.finalizer {
            self.visit_block(f);
        }
    }

    // ---- expressions ----

    /// An expression that may be an anonymous function definition named
    /// `name` by its context (`var f = function () {}`).
    fn visit_expr_named(&mut self, e: &'a Expression<'a>, name: &str) {
        match e {
            Expression::ParenthesizedExpression(p) => self.visit_expr_named(&p.expression, name),
            Expression::FunctionExpression(f) if f.id.is_none() => {
                self.visit_function_expr(f, name.to_string());
            }
            Expression::ArrowFunctionExpression(a) => {
                self.visit_arrow(a, name.to_string());
            }
            Expression::ClassExpression(c) if c.id.is_none() => {
                self.visit_class(c, name.to_string());
            }
            _ => self.visit_expr(e),
        }
    }

    fn visit_function_expr(&mut self, f: &'a Function<'a>, name: String) -> FuncIdx {
        let name = match &f.id {
            Some(id) => id.name.as_str().to_string(),
            None => name,
        };
        if let Some(id) = &f.id {
            // Strictness of the name follows the function's own directive.
            let strict = self.strict()
                || f.body
                    .as_ref()
                    .is_some_and(|b| b.has_use_strict_directive());
            let n = id.name.as_str();
            if strict && (n == "eval" || n == "arguments") {
                self.syntax(id.span.start, "Unexpected eval or arguments in strict mode");
            }
        }
        self.visit_function(
            f,
            FnCtx {
                kind: FunctionKind::Normal,
                name,
                span: (f.span.start, f.span.end),
                class: None,
                strict: false,
                self_name: f.id.as_ref(),
                reuse: None,
            },
        )
    }

    fn visit_expr(&mut self, e: &'a Expression<'a>) {
        if self.too_deep(e.span().start) {
            return;
        }
        self.visit_expr_inner(e);
        self.depth -= 1;
    }

    fn visit_expr_inner(&mut self, e: &'a Expression<'a>) {
        match e {
            Expression::BooleanLiteral(_) | Expression::NullLiteral(_) => {}
            Expression::NumericLiteral(n) => {
                if self.strict() {
                    let raw = self.text(n.span);
                    let b = raw.as_bytes();
                    if b.len() > 1 && b[0] == b'0' && b[1].is_ascii_digit() {
                        let octal = b.iter().all(|c| (b'0'..=b'7').contains(c));
                        self.syntax(
                            n.span.start,
                            if octal {
                                "Octal literals are not allowed in strict mode."
                            } else {
                                "Decimals with leading zeros are not allowed in strict mode."
                            },
                        );
                    }
                }
            }
            Expression::StringLiteral(s) => self.check_string_escapes(s.span),
            Expression::BigIntLiteral(b) => self.unsupported(b.span.start, "BigInt"),
            Expression::RegExpLiteral(r) => self.unsupported(r.span.start, "RegExp literals"),
            Expression::TemplateLiteral(t) => {
                for x in &t.expressions {
                    self.visit_expr(x);
                }
            }
            Expression::Identifier(id) => self.reference(id, false),
            Expression::Super(s) => self.syntax(s.span.start, "'super' keyword unexpected here"),
            Expression::ArrayExpression(a) => {
                for el in &a.elements {
                    match el {
                        ArrayExpressionElement::SpreadElement(s) => self.visit_expr(&s.argument),
                        ArrayExpressionElement::Elision(_) => {}
                        _ => {
                            if let Some(x) = el.as_expression() {
                                self.visit_expr(x);
                            }
                        }
                    }
                }
            }
            Expression::ArrowFunctionExpression(a) => {
                self.visit_arrow(a, String::new());
            }
            Expression::AssignmentExpression(a) => self.visit_assignment(a),
            Expression::AwaitExpression(a) => self.unsupported(a.span.start, "async functions"),
            Expression::BinaryExpression(b) => {
                self.visit_expr(&b.left);
                self.visit_expr(&b.right);
            }
            Expression::CallExpression(c) => self.visit_call(c),
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => self.visit_call(call),
                ChainElement::TSNonNullExpression(t) => {
                    self.syntax(t.span.start, "Unexpected token")
                }
                other => {
                    if let Some(m) = other.as_member_expression() {
                        self.visit_member(m, true);
                    }
                }
            },
            Expression::ClassExpression(c) => {
                let name =
                    c.id.as_ref()
                        .map_or(String::new(), |id| id.name.as_str().to_string());
                self.visit_class(c, name);
            }
            Expression::ConditionalExpression(c) => {
                self.visit_expr(&c.test);
                self.visit_expr(&c.consequent);
                self.visit_expr(&c.alternate);
            }
            Expression::FunctionExpression(f) => {
                self.visit_function_expr(f, String::new());
            }
            Expression::ImportExpression(i) => self.unsupported(i.span.start, "import/export"),
            Expression::LogicalExpression(l) => {
                self.visit_expr(&l.left);
                self.visit_expr(&l.right);
            }
            Expression::NewExpression(n) => {
                self.visit_expr(&n.callee);
                self.visit_args(&n.arguments);
            }
            Expression::ObjectExpression(o) => self.visit_object(o),
            Expression::ParenthesizedExpression(p) => self.visit_expr(&p.expression),
            Expression::SequenceExpression(s) => {
                for x in &s.expressions {
                    self.visit_expr(x);
                }
            }
            Expression::TaggedTemplateExpression(t) => {
                self.visit_expr(&t.tag);
                for x in &t.quasi.expressions {
                    self.visit_expr(x);
                }
            }
            Expression::ThisExpression(_) => self.use_this(false),
            Expression::UnaryExpression(u) => {
                if u.operator == UnaryOperator::Delete
                    && self.strict()
                    && matches!(u.argument.without_parentheses(), Expression::Identifier(_))
                {
                    self.syntax(
                        u.span.start,
                        "Delete of an unqualified identifier in strict mode.",
                    );
                }
                if u.operator == UnaryOperator::Delete
                    && let Expression::Identifier(id) = u.argument.without_parentheses()
                {
                    // `delete x` only asks whether `x` is declared.
                    let binding = self.lookup(id.name.as_str(), id.span.start);
                    self.a.refs.insert(
                        addr(id.as_ref()),
                        Ref {
                            binding,
                            check: false,
                        },
                    );
                    return;
                }
                self.visit_expr(&u.argument);
            }
            Expression::UpdateExpression(u) => self.visit_simple_target(&u.argument, true),
            Expression::YieldExpression(y) => self.unsupported(y.span.start, "generator functions"),
            Expression::PrivateInExpression(p) => {
                self.unsupported(p.span.start, "private class members")
            }
            Expression::ImportMeta(m) => self.unsupported(m.span.start, "import/export"),
            Expression::NewTarget(_) => self.use_new_target(),
            Expression::ComputedMemberExpression(_)
            | Expression::StaticMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                if let Some(m) = e.as_member_expression() {
                    self.visit_member(m, true);
                }
            }
            Expression::JSXElement(_)
            | Expression::JSXFragment(_)
            | Expression::TSAsExpression(_)
            | Expression::TSSatisfiesExpression(_)
            | Expression::TSTypeAssertion(_)
            | Expression::TSNonNullExpression(_)
            | Expression::TSInstantiationExpression(_)
            | Expression::V8IntrinsicExpression(_) => {
                self.syntax(e.span().start, "Unexpected token")
            }
        }
    }

    fn check_string_escapes(&mut self, span: oxc_span::Span) {
        if !self.strict() {
            return;
        }
        let raw = self.text(span);
        let b = raw.as_bytes();
        let mut i = 0;
        while i + 1 < b.len() {
            if b[i] == b'\\' {
                let c = b[i + 1];
                let next_digit = b.get(i + 2).is_some_and(|d| d.is_ascii_digit());
                if c == b'8' || c == b'9' {
                    self.syntax(
                        span.start + i as u32,
                        "\\8 and \\9 are not allowed in strict mode.",
                    );
                    return;
                }
                if (b'1'..=b'7').contains(&c) || (c == b'0' && next_digit) {
                    self.syntax(
                        span.start + i as u32,
                        "Octal escape sequences are not allowed in strict mode.",
                    );
                    return;
                }
                i += 2;
            } else {
                i += 1;
            }
        }
    }

    fn visit_args(&mut self, args: &'a [Argument<'a>]) {
        for a in args {
            match a {
                Argument::SpreadElement(s) => self.visit_expr(&s.argument),
                _ => {
                    if let Some(x) = a.as_expression() {
                        self.visit_expr(x);
                    }
                }
            }
        }
    }

    fn visit_call(&mut self, c: &'a CallExpression<'a>) {
        match c.callee.without_parentheses() {
            Expression::Super(s) => self.use_super_call(s.span.start),
            callee => match callee.as_member_expression() {
                // The object becomes `this` of the call.
                Some(m) => self.visit_member(m, false),
                None => self.visit_expr(callee),
            },
        }
        self.visit_args(&c.arguments);
    }

    /// A member expression; `read`: its value is only read.
    fn visit_member(&mut self, m: &'a MemberExpression<'a>, read: bool) {
        match m {
            MemberExpression::ComputedMemberExpression(c) => {
                self.visit_member_object(&c.object, read);
                self.visit_expr(&c.expression);
            }
            MemberExpression::StaticMemberExpression(s) => {
                let read = read && s.property.name == "length";
                self.visit_member_object(&s.object, read)
            }
            MemberExpression::PrivateFieldExpression(p) => {
                self.unsupported(p.field.span.start, "private class members");
                self.visit_member_object(&p.object, false);
            }
        }
    }

    /// The object of a member expression (where `super` is allowed).
    fn visit_member_object(&mut self, e: &'a Expression<'a>, read: bool) {
        match e {
            Expression::Super(s) => self.use_super_property(s.span.start),
            Expression::Identifier(id) if read && id.name == "arguments" => {
                self.plain_arguments_read = true;
                self.reference(id, false);
                self.plain_arguments_read = false;
            }
            _ => self.visit_expr(e),
        }
    }

    fn visit_simple_target(&mut self, t: &'a SimpleAssignmentTarget<'a>, write: bool) {
        match t {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                self.reference(id, write);
            }
            _ => match t.as_member_expression() {
                Some(m) => self.visit_member(m, false),
                None => self.syntax(t.span().start, "Invalid left-hand side in assignment"),
            },
        }
    }

    fn visit_assignment(&mut self, a: &'a AssignmentExpression<'a>) {
        let Some(target) = a.left.as_simple_assignment_target() else {
            self.unsupported(a.left.span().start, "destructuring");
            return;
        };
        // `this.x = ...` counts towards the constructor's expected slots.
        if let SimpleAssignmentTarget::StaticMemberExpression(m) = target
            && matches!(m.object, Expression::ThisExpression(_))
        {
            let p = self.this_func();
            self.func_mut(p).this_props.insert(m.property.name.as_str());
        }
        match target {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                // A compound assignment reads the target first.
                if a.operator != AssignmentOperator::Assign {
                    self.reference(id, false);
                }
                self.visit_expr_named(&a.right, id.name.as_str());
                self.reference(id, true);
            }
            _ => {
                self.visit_simple_target(target, true);
                self.visit_expr(&a.right);
            }
        }
    }

    fn visit_object(&mut self, o: &'a ObjectExpression<'a>) {
        let mut seen_proto = false;
        for prop in &o.properties {
            let p = match prop {
                ObjectPropertyKind::ObjectProperty(p) => p,
                ObjectPropertyKind::SpreadProperty(s) => {
                    self.unsupported(s.span.start, "object spread");
                    continue;
                }
            };
            let key_name = self.visit_key(&p.key, p.computed);
            let is_proto = !p.computed
                && !p.shorthand
                && !p.method
                && p.kind == PropertyKind::Init
                && key_name.as_deref() == Some("__proto__");
            if is_proto {
                if seen_proto {
                    self.syntax(
                        p.key.span().start,
                        "Duplicate __proto__ fields are not allowed in object literals",
                    );
                }
                seen_proto = true;
            }
            let key = key_name.unwrap_or_default();
            match (p.kind, &p.value) {
                (PropertyKind::Get | PropertyKind::Set, Expression::FunctionExpression(f)) => {
                    let (kind, prefix) = if p.kind == PropertyKind::Get {
                        (FunctionKind::Getter, "get ")
                    } else {
                        (FunctionKind::Setter, "set ")
                    };
                    self.visit_function(
                        f,
                        FnCtx {
                            kind,
                            name: format!("{prefix}{key}"),
                            span: (p.span.start, p.span.end),
                            class: None,
                            strict: false,
                            self_name: None,
                            reuse: None,
                        },
                    );
                }
                (PropertyKind::Init, Expression::FunctionExpression(f)) if p.method => {
                    self.visit_function(
                        f,
                        FnCtx {
                            kind: FunctionKind::Method,
                            name: key,
                            span: (p.span.start, p.span.end),
                            class: None,
                            strict: false,
                            self_name: None,
                            reuse: None,
                        },
                    );
                }
                (_, v) if is_proto || p.computed => self.visit_expr(v),
                (_, v) => self.visit_expr_named(v, &key),
            }
        }
    }

    // ---- storage ----

    fn allocate_storage(&mut self) {
        for f in &mut self.a.funcs {
            f.mapped_arguments = !f.strict
                && f.kind != FunctionKind::Arrow
                && f.simple_params
                && f.arguments_binding.is_some()
                && (f.param_written || f.arguments_escape);
        }
        for i in 0..self.a.bindings.len() {
            let b = &self.a.bindings[i];
            let scope_kind = self.a.scopes[b.scope.0 as usize].kind;
            let global = scope_kind == ScopeKind::Script
                && matches!(b.kind, BindingKind::Var | BindingKind::Function);
            let storage = if global {
                Storage::Global
            } else if b.captured || b.try_assigned {
                let scope = &mut self.a.scopes[b.scope.0 as usize];
                let slot = scope.env_slots;
                scope.env_slots += 1;
                Storage::Env(slot)
            } else {
                Storage::Ssa
            };
            self.a.bindings[i].storage = storage;
        }
    }
}

fn is_simple_params(params: &FormalParameters<'_>) -> bool {
    params.rest.is_none()
        && params.items.iter().all(|p| {
            p.initializer.is_none() && matches!(p.pattern, BindingPattern::BindingIdentifier(_))
        })
}

/// Names declared by a `let`/`const` declaration.
fn decl_names<'a>(d: &'a VariableDeclaration<'a>) -> Vec<&'a str> {
    d.declarations
        .iter()
        .filter_map(|decl| match &decl.id {
            BindingPattern::BindingIdentifier(id) => Some(id.name.as_str()),
            _ => None,
        })
        .collect()
}

/// (lexical names, function declaration names) of a block's statements.
fn lexical_names<'a>(stmts: &'a [Statement<'a>]) -> (Vec<&'a str>, Vec<&'a str>) {
    let mut lex = Vec::new();
    let mut funcs = Vec::new();
    for s in stmts {
        match s {
            Statement::VariableDeclaration(d) if d.kind.is_lexical() => lex.extend(decl_names(d)),
            Statement::ClassDeclaration(c) => lex.extend(c.id.iter().map(|id| id.name.as_str())),
            Statement::FunctionDeclaration(f) => {
                funcs.extend(f.id.iter().map(|id| id.name.as_str()))
            }
            _ => {}
        }
    }
    (lex, funcs)
}

/// Lexical names at the top of a function or script (its function
/// declarations are var-like, so they do not count).
fn lexical_names_top<'a>(stmts: &'a [Statement<'a>]) -> (Vec<&'a str>, Vec<&'a str>) {
    (lexical_names(stmts).0, Vec::new())
}

/// Where a class method's text starts for `toString` (`static` excluded).
fn method_start(source: &str, m: &MethodDefinition<'_>) -> u32 {
    let start = m.span.start;
    if !m.r#static {
        return start;
    }
    let text = source
        .get(start as usize..m.span.end as usize)
        .unwrap_or("");
    match text.strip_prefix("static") {
        Some(rest) => {
            let trimmed = rest.trim_start();
            start + (text.len() - trimmed.len()) as u32
        }
        None => start,
    }
}
