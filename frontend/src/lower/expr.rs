//! Expressions.

use ir::{Block, BlockCall, Constant, ErrorKind, FuncId, Imm, Opcode, Value};
use oxc_ast::ast::*;
use oxc_span::GetSpan;
use oxc_syntax::operator::{
    AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator,
};

use super::{Lower, Result};
use crate::scope::addr;
use crate::text::{decode_string, is_array_index, render_expr};

/// A property reference whose object (and key) have been evaluated.
pub(super) enum Place {
    Prop {
        obj: Value,
        name: String,
        pos: u32,
    },
    Elem {
        obj: Value,
        key: Value,
        pos: u32,
    },
    SuperProp {
        home: Value,
        this: Value,
        name: String,
        pos: u32,
    },
    SuperElem {
        home: Value,
        this: Value,
        key: Value,
        pos: u32,
    },
}

/// Evaluated call arguments.
enum Args {
    List(Vec<Value>),
    /// With spread: one array of all of them.
    Spread(Value),
}

fn binary_op(op: BinaryOperator) -> Opcode {
    match op {
        BinaryOperator::Equality => Opcode::LooseEq,
        BinaryOperator::Inequality => Opcode::LooseNe,
        BinaryOperator::StrictEquality => Opcode::StrictEq,
        BinaryOperator::StrictInequality => Opcode::StrictNe,
        BinaryOperator::LessThan => Opcode::Lt,
        BinaryOperator::LessEqualThan => Opcode::Le,
        BinaryOperator::GreaterThan => Opcode::Gt,
        BinaryOperator::GreaterEqualThan => Opcode::Ge,
        BinaryOperator::Addition => Opcode::Add,
        BinaryOperator::Subtraction => Opcode::Sub,
        BinaryOperator::Multiplication => Opcode::Mul,
        BinaryOperator::Division => Opcode::Div,
        BinaryOperator::Remainder => Opcode::Mod,
        BinaryOperator::Exponential => Opcode::Exp,
        BinaryOperator::ShiftLeft => Opcode::Shl,
        BinaryOperator::ShiftRight => Opcode::Sar,
        BinaryOperator::ShiftRightZeroFill => Opcode::Shr,
        BinaryOperator::BitwiseOR => Opcode::BitOr,
        BinaryOperator::BitwiseXOR => Opcode::BitXor,
        BinaryOperator::BitwiseAnd => Opcode::BitAnd,
        BinaryOperator::In => Opcode::HasProp,
        BinaryOperator::Instanceof => Opcode::InstanceOf,
    }
}

impl<'a> Lower<'a, '_> {
    pub(super) fn expr(&mut self, e: &'a Expression<'a>) -> Result<Value> {
        self.at(e.span().start);
        Ok(match e {
            Expression::BooleanLiteral(b) => self.boolean(b.value),
            Expression::NullLiteral(_) => self.konst(Constant::Null),
            Expression::NumericLiteral(n) => self.num(n.value),
            Expression::StringLiteral(s) => {
                let units = decode_string(s.value.as_str(), s.lone_surrogates);
                let id = self.b.module.intern_utf16(&units);
                self.konst(Constant::String(id))
            }
            Expression::TemplateLiteral(t) => self.template(t)?,
            Expression::TaggedTemplateExpression(t) => self.tagged_template(t)?,
            Expression::Identifier(id) => {
                let r = self.an.refs[&addr::<IdentifierReference>(id)];
                self.read_ref(r, id.name.as_str(), id.span.start)
            }
            Expression::ArrayExpression(a) => self.array(a)?,
            Expression::ArrowFunctionExpression(a) => {
                let id = self.an.func_of[&addr::<ArrowFunctionExpression>(a)];
                let env = self.env();
                self.ins(Opcode::MakeClosure, &[env], Imm::Func(FuncId(id.0)))
            }
            Expression::FunctionExpression(f) => self.closure(f),
            Expression::ClassExpression(c) => self.class(c)?,
            Expression::AssignmentExpression(a) => self.assignment(a)?,
            Expression::BinaryExpression(b) => {
                let l = self.expr(&b.left)?;
                let r = self.expr(&b.right)?;
                let pos = self.op_pos(b.left.span().end);
                self.at(pos);
                self.ins(binary_op(b.operator), &[l, r], Imm::None)
            }
            Expression::LogicalExpression(l) => self.logical(l)?,
            Expression::ConditionalExpression(c) => {
                let test = self.expr(&c.test)?;
                let then = self.b.create_block();
                let els = self.b.create_block();
                let (join, result) = self.merge_block();
                self.branch(test, then, els);
                self.start_sealed(then);
                let a = self.expr(&c.consequent)?;
                self.jump(join, &[a]);
                self.start_sealed(els);
                let b = self.expr(&c.alternate)?;
                self.jump(join, &[b]);
                self.start_sealed(join);
                result
            }
            Expression::SequenceExpression(s) => {
                let (last, init) = s.expressions.split_last().expect("a comma expression");
                for x in init {
                    self.expr_effect(x)?;
                }
                self.expr(last)?
            }
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression)?,
            Expression::ThisExpression(_) => self.this_value(),
            Expression::NewTarget(_) => self.new_target_value(),
            Expression::ObjectExpression(o) => self.object(o)?,
            Expression::CallExpression(c) => self.call(c)?,
            Expression::NewExpression(n) => {
                let callee = self.expr(&n.callee)?;
                let args = self.args(&n.arguments)?;
                self.at(n.span.start);
                let t = self.text(&render_expr(&n.callee));
                match args {
                    Args::List(mut list) => {
                        list.insert(0, callee);
                        self.ins(Opcode::New, &list, t)
                    }
                    Args::Spread(arr) => self.ins(Opcode::NewSpread, &[callee, arr], t),
                }
            }
            Expression::ChainExpression(c) => self.chain(c, false)?,
            Expression::UnaryExpression(u) => self.unary(u)?,
            Expression::UpdateExpression(u) => self.update(u, u.prefix)?,
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                let m = e.as_member_expression().expect("a member expression");
                let place = self.place(m)?;
                self.load_place(&place)
            }
            other => return Err(self.unsupported(other.span().start, "this expression")),
        })
    }

    /// An expression whose value is not used (statements, `for` updates,
    /// comma operands): `x++` there needs no `to_number` result.
    pub(super) fn expr_effect(&mut self, e: &'a Expression<'a>) -> Result<()> {
        match e {
            Expression::UpdateExpression(u) if !u.prefix => {
                self.at(e.span().start);
                self.update(u, true)?;
            }
            Expression::SequenceExpression(s) => {
                for x in &s.expressions {
                    self.expr_effect(x)?;
                }
            }
            Expression::ParenthesizedExpression(p) => self.expr_effect(&p.expression)?,
            _ => {
                self.expr(e)?;
            }
        }
        Ok(())
    }

    /// The position of the operator after an operand ending at `after`.
    pub(super) fn op_pos(&self, after: u32) -> u32 {
        let bytes = self.src.as_bytes();
        let mut i = after as usize;
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                _ => break,
            }
        }
        i.min(bytes.len()) as u32
    }

    pub(super) fn branch_args(
        &mut self,
        cond: Value,
        then: Block,
        then_args: &[Value],
        els: Block,
        els_args: &[Value],
    ) {
        self.ins0(
            Opcode::Branch,
            &[cond],
            Imm::Branch(
                BlockCall {
                    block: then,
                    args: then_args.to_vec(),
                },
                BlockCall {
                    block: els,
                    args: els_args.to_vec(),
                },
            ),
        );
    }

    fn template(&mut self, t: &'a TemplateLiteral<'a>) -> Result<Value> {
        let cooked = |q: &TemplateElement<'_>| {
            decode_string(
                q.value.cooked.as_ref().map_or("", |c| c.as_str()),
                q.lone_surrogates,
            )
        };
        let first = cooked(&t.quasis[0]);
        let mut acc: Option<Value> = if first.is_empty() && !t.expressions.is_empty() {
            None
        } else {
            let id = self.b.module.intern_utf16(&first);
            Some(self.konst(Constant::String(id)))
        };
        for (i, x) in t.expressions.iter().enumerate() {
            let v = self.expr(x)?;
            self.at(x.span().start);
            let s = self.ins(Opcode::ToStr, &[v], Imm::None);
            acc = Some(match acc {
                Some(a) => self.ins(Opcode::Add, &[a, s], Imm::None),
                None => s,
            });
            let q = cooked(&t.quasis[i + 1]);
            if !q.is_empty() {
                let id = self.b.module.intern_utf16(&q);
                let c = self.konst(Constant::String(id));
                let a = acc.expect("accumulated");
                acc = Some(self.ins(Opcode::Add, &[a, c], Imm::None));
            }
        }
        Ok(acc.expect("a template has a first part"))
    }

    /// ``tag`a${x}b` ``: calls the tag with the site's template object and
    /// the substitutions (`this` is the object for a member tag).
    fn tagged_template(&mut self, t: &'a TaggedTemplateExpression<'a>) -> Result<Value> {
        let text = render_expr(&t.tag);
        let tag = t.tag.without_parentheses();
        let (f, this) = match tag.as_member_expression() {
            Some(m) if !matches!(tag, Expression::Super(_)) => {
                let place = self.place(m)?;
                let this = match &place {
                    Place::Prop { obj, .. } | Place::Elem { obj, .. } => *obj,
                    Place::SuperProp { this, .. } | Place::SuperElem { this, .. } => *this,
                };
                (self.load_place(&place), this)
            }
            _ => {
                let f = self.expr(&t.tag)?;
                (f, self.undef())
            }
        };
        let mut strings = ir::TemplateStrings::default();
        for q in &t.quasi.quasis {
            strings.cooked.push(q.value.cooked.as_ref().map(|c| {
                let units = decode_string(c.as_str(), q.lone_surrogates);
                self.b.module.intern_utf16(&units)
            }));
            // The raw value normalises line terminators to LF.
            let raw = q
                .value
                .raw
                .as_str()
                .replace("\r\n", "\n")
                .replace('\r', "\n");
            strings.raw.push(self.b.module.intern(&raw));
        }
        self.b.module.templates.push(strings);
        let id = self.b.module.templates.len() as u32 - 1;
        self.at(t.span.start);
        let obj = self.ins(Opcode::TemplateObject, &[], Imm::Index(id));
        let mut args = vec![obj];
        for x in &t.quasi.expressions {
            args.push(self.expr(x)?);
        }
        self.at(t.tag.span().start);
        Ok(self.call_value(f, this, Args::List(args), &text))
    }

    fn array(&mut self, a: &'a ArrayExpression<'a>) -> Result<Value> {
        let spread_at = a
            .elements
            .iter()
            .position(|e| matches!(e, ArrayExpressionElement::SpreadElement(_)));
        let prefix = spread_at.unwrap_or(a.elements.len());
        let mut vals = Vec::with_capacity(prefix);
        for el in &a.elements[..prefix] {
            vals.push(match el {
                ArrayExpressionElement::Elision(_) => self.hole(),
                _ => self.expr(el.as_expression().expect("an element"))?,
            });
        }
        self.at(a.span.start);
        let arr = self.ins(Opcode::NewArray, &vals, Imm::None);
        for el in &a.elements[prefix..] {
            match el {
                ArrayExpressionElement::SpreadElement(s) => {
                    let v = self.expr(&s.argument)?;
                    self.at(s.argument.span().start);
                    let t = self.text(&render_expr(&s.argument));
                    self.ins0(Opcode::ArrayAppendSpread, &[arr, v], t);
                }
                ArrayExpressionElement::Elision(_) => {
                    self.ins0(Opcode::ArrayAppendHole, &[arr], Imm::None);
                }
                _ => {
                    let v = self.expr(el.as_expression().expect("an element"))?;
                    self.ins0(Opcode::ArrayAppend, &[arr, v], Imm::None);
                }
            }
        }
        Ok(arr)
    }

    fn args(&mut self, args: &'a [Argument<'a>]) -> Result<Args> {
        let spread = args.iter().any(|a| matches!(a, Argument::SpreadElement(_)));
        if !spread {
            let mut list = Vec::with_capacity(args.len());
            for a in args {
                list.push(self.expr(a.as_expression().expect("an argument"))?);
            }
            return Ok(Args::List(list));
        }
        let arr = self.ins(Opcode::NewArray, &[], Imm::None);
        for a in args {
            match a {
                Argument::SpreadElement(s) => {
                    let v = self.expr(&s.argument)?;
                    self.at(s.argument.span().start);
                    let t = self.text(&render_expr(&s.argument));
                    self.ins0(Opcode::ArgsAppendSpread, &[arr, v], t);
                }
                _ => {
                    let v = self.expr(a.as_expression().expect("an argument"))?;
                    self.ins0(Opcode::ArrayAppend, &[arr, v], Imm::None);
                }
            }
        }
        Ok(Args::Spread(arr))
    }

    /// Calls `f` with `this` and the arguments.
    fn call_value(&mut self, f: Value, this: Value, args: Args, text: &str) -> Value {
        let t = self.text(text);
        match args {
            Args::List(list) => {
                let mut ops = vec![f, this];
                ops.extend(list);
                self.ins(Opcode::Call, &ops, t)
            }
            Args::Spread(arr) => self.ins(Opcode::CallSpread, &[f, this, arr], t),
        }
    }

    fn call(&mut self, c: &'a CallExpression<'a>) -> Result<Value> {
        let text = render_expr(&c.callee);
        let callee = c.callee.without_parentheses();
        if let Expression::Super(s) = callee {
            return self.super_call(c, s.span.start);
        }
        if let Some(m) = callee.as_member_expression() {
            // `o.m(args)`: one call_method when nothing gets in between.
            let spread = c
                .arguments
                .iter()
                .any(|a| matches!(a, Argument::SpreadElement(_)));
            if let MemberExpression::StaticMemberExpression(s) = m
                && !matches!(s.object, Expression::Super(_))
                && !spread
                && !c.optional
            {
                let obj = self.expr(&s.object)?;
                if s.optional {
                    self.short_circuit(obj);
                }
                let Args::List(list) = self.args(&c.arguments)? else {
                    unreachable!()
                };
                self.at(s.property.span.start);
                let name = self.intern(s.property.name.as_str());
                let t = self.intern(&text);
                let mut ops = vec![obj];
                ops.extend(list);
                return Ok(self.ins(Opcode::CallMethod, &ops, Imm::NameText(name, t)));
            }
            let place = self.place(m)?;
            let this = match &place {
                Place::Prop { obj, .. } | Place::Elem { obj, .. } => *obj,
                Place::SuperProp { this, .. } | Place::SuperElem { this, .. } => *this,
            };
            let f = self.load_place(&place);
            if c.optional {
                self.short_circuit(f);
            }
            let args = self.args(&c.arguments)?;
            // V8 places a call through `o[k]` at its parenthesis.
            let pos = match m {
                MemberExpression::ComputedMemberExpression(_) => self.op_pos(m.span().end),
                _ => place_pos(&place),
            };
            self.at(pos);
            return Ok(self.call_value(f, this, args, &text));
        }
        let f = self.expr(&c.callee)?;
        if c.optional {
            self.short_circuit(f);
        }
        let args = self.args(&c.arguments)?;
        self.at(c.callee.span().start);
        let u = self.undef();
        Ok(self.call_value(f, u, args, &text))
    }

    /// `super(args)` in a derived constructor (or an arrow inside one).
    fn super_call(&mut self, c: &'a CallExpression<'a>, pos: u32) -> Result<Value> {
        let args = self.args(&c.arguments)?;
        self.at(pos);
        let nt = self.new_target_value();
        let callee = self.callee_value();
        // The parent constructor runs before `this` is found to be bound
        // already (as the specification orders it).
        let this = match args {
            Args::List(list) => {
                let mut ops = vec![nt, callee];
                ops.extend(list);
                self.ins(Opcode::SuperCall, &ops, Imm::None)
            }
            Args::Spread(arr) => self.ins(Opcode::SuperCallSpread, &[nt, callee, arr], Imm::None),
        };
        let old = self.this_raw();
        self.ins0(Opcode::CheckSuperOnce, &[old], Imm::None);
        let p = self.this_func();
        let info = self.an.func(p);
        let b = info
            .this_binding
            .expect("derived constructors have a this binding");
        self.write(b, this);
        let has_fields = info
            .class
            .is_some_and(|c| self.an.class(c).field_init.is_some());
        if has_fields {
            self.ins0(Opcode::InitFields, &[this, callee], Imm::None);
        }
        Ok(this)
    }

    /// Leaves the innermost optional chain with `undefined` (`true` for
    /// `delete`) when `v` is null or undefined.
    fn short_circuit(&mut self, v: Value) {
        let &(exit, is_delete) = self
            .chain_exits
            .last()
            .expect("optional link inside a chain");
        let null = self.konst(Constant::Null);
        let nullish = self.ins(Opcode::LooseEq, &[v, null], Imm::None);
        let out = self.b.create_block();
        let cont = self.b.create_block();
        self.branch(nullish, out, cont);
        self.start_sealed(out);
        let r = if is_delete {
            self.boolean(true)
        } else {
            self.undef()
        };
        self.jump(exit, &[r]);
        self.start_sealed(cont);
    }

    /// An optional chain (`a?.b.c()`): any nullish optional link makes the
    /// whole chain undefined.
    fn chain(&mut self, c: &'a ChainExpression<'a>, is_delete: bool) -> Result<Value> {
        let (exit, result) = self.merge_block();
        self.chain_exits.push((exit, is_delete));
        let v = match &c.expression {
            ChainElement::CallExpression(call) => self.call(call)?,
            ChainElement::TSNonNullExpression(t) => {
                return Err(self.unsupported(t.span.start, "TypeScript syntax"));
            }
            other => {
                let m = other.as_member_expression().expect("a member expression");
                let place = self.place(m)?;
                if is_delete {
                    self.delete_place(&place)
                } else {
                    self.load_place(&place)
                }
            }
        };
        self.chain_exits.pop();
        self.jump(exit, &[v]);
        self.start_sealed(exit);
        Ok(result)
    }

    /// Evaluates the object (and key) of a member expression.
    pub(super) fn place(&mut self, m: &'a MemberExpression<'a>) -> Result<Place> {
        match m {
            MemberExpression::StaticMemberExpression(s) => {
                let pos = s.property.span.start;
                let name = s.property.name.as_str().to_string();
                if let Expression::Super(_) = s.object {
                    self.at(pos);
                    let home = self.home_value();
                    let this = self.this_value();
                    return Ok(Place::SuperProp {
                        home,
                        this,
                        name,
                        pos,
                    });
                }
                let obj = self.expr(&s.object)?;
                if s.optional {
                    self.short_circuit(obj);
                }
                Ok(Place::Prop { obj, name, pos })
            }
            MemberExpression::ComputedMemberExpression(c) => {
                let pos = c.expression.span().start;
                let (home_this, obj) = if let Expression::Super(_) = c.object {
                    self.at(pos);
                    let home = self.home_value();
                    let this = self.this_value();
                    (Some((home, this)), this)
                } else {
                    let obj = self.expr(&c.object)?;
                    if c.optional {
                        self.short_circuit(obj);
                    }
                    (None, obj)
                };
                let key = match c.expression.without_parentheses() {
                    Expression::StringLiteral(s) if !s.lone_surrogates => {
                        let text = s.value.as_str();
                        if is_array_index(text) {
                            Err(self.num(text.parse::<f64>().unwrap_or(0.0)))
                        } else {
                            Ok(text.to_string())
                        }
                    }
                    _ => Err(self.expr(&c.expression)?),
                };
                Ok(match (home_this, key) {
                    (None, Ok(name)) => Place::Prop { obj, name, pos },
                    (None, Err(key)) => Place::Elem { obj, key, pos },
                    (Some((home, this)), Ok(name)) => Place::SuperProp {
                        home,
                        this,
                        name,
                        pos,
                    },
                    (Some((home, this)), Err(key)) => {
                        // GetSuperBase comes after evaluating the key
                        // expression and before converting it.
                        let base = self.ins(Opcode::SuperBase, &[home], Imm::None);
                        Place::SuperElem {
                            home: base,
                            this,
                            key,
                            pos,
                        }
                    }
                })
            }
            MemberExpression::PrivateFieldExpression(p) => {
                Err(self.unsupported(p.field.span.start, "private class members"))
            }
        }
    }

    pub(super) fn load_place(&mut self, p: &Place) -> Value {
        self.at(place_pos(p));
        match p {
            Place::Prop { obj, name, .. } => {
                let n = self.name(name);
                self.ins(Opcode::GetProp, &[*obj], n)
            }
            Place::Elem { obj, key, .. } => self.ins(Opcode::GetElem, &[*obj, *key], Imm::None),
            Place::SuperProp {
                home, this, name, ..
            } => {
                let n = self.name(name);
                self.ins(Opcode::GetSuper, &[*home, *this], n)
            }
            Place::SuperElem {
                home, this, key, ..
            } => self.ins(Opcode::GetSuperElem, &[*home, *this, *key], Imm::None),
        }
    }

    pub(super) fn store_place(&mut self, p: &Place, v: Value) {
        match p {
            Place::Prop { obj, name, .. } => {
                let n = self.name(name);
                self.ins0(Opcode::SetProp, &[*obj, v], n);
            }
            Place::Elem { obj, key, .. } => self.ins0(Opcode::SetElem, &[*obj, *key, v], Imm::None),
            Place::SuperProp {
                home, this, name, ..
            } => {
                let n = self.name(name);
                self.ins0(Opcode::SetSuper, &[*home, *this, v], n);
            }
            Place::SuperElem {
                home, this, key, ..
            } => self.ins0(Opcode::SetSuperElem, &[*home, *this, *key, v], Imm::None),
        }
    }

    /// A place whose key is converted once (`o[k] += 1` reads and writes).
    fn place_for_update(&mut self, m: &'a MemberExpression<'a>) -> Result<Place> {
        Ok(match self.place(m)? {
            Place::Elem { obj, key, pos } => {
                let key = self.ins(Opcode::ToPropertyKey, &[key], Imm::None);
                Place::Elem { obj, key, pos }
            }
            Place::SuperElem {
                home,
                this,
                key,
                pos,
            } => {
                let key = self.ins(Opcode::ToPropertyKey, &[key], Imm::None);
                Place::SuperElem {
                    home,
                    this,
                    key,
                    pos,
                }
            }
            other => other,
        })
    }

    fn delete_place(&mut self, p: &Place) -> Value {
        self.at(place_pos(p));
        match p {
            Place::Prop { obj, name, .. } => {
                let n = self.name(name);
                self.ins(Opcode::DeleteProp, &[*obj], n)
            }
            Place::Elem { obj, key, .. } => self.ins(Opcode::DeleteElem, &[*obj, *key], Imm::None),
            Place::SuperProp { .. } | Place::SuperElem { .. } => {
                self.throw_error(
                    ErrorKind::ReferenceError,
                    "Unsupported reference to 'super'",
                );
                self.boolean(true)
            }
        }
    }

    fn logical(&mut self, l: &'a LogicalExpression<'a>) -> Result<Value> {
        let left = self.expr(&l.left)?;
        let rhs = self.b.create_block();
        let (join, result) = self.merge_block();
        self.short_circuit_test(l.operator, left, rhs, join);
        self.start_sealed(rhs);
        let right = self.expr(&l.right)?;
        self.jump(join, &[right]);
        self.start_sealed(join);
        Ok(result)
    }

    /// Goes to `rhs` when `op` needs its right side, else to `join(left)`.
    fn short_circuit_test(&mut self, op: LogicalOperator, left: Value, rhs: Block, join: Block) {
        match op {
            LogicalOperator::And => self.branch_args(left, rhs, &[], join, &[left]),
            LogicalOperator::Or => self.branch_args(left, join, &[left], rhs, &[]),
            LogicalOperator::Coalesce => {
                let null = self.konst(Constant::Null);
                let nullish = self.ins(Opcode::LooseEq, &[left, null], Imm::None);
                self.branch_args(nullish, rhs, &[], join, &[left]);
            }
        }
    }

    fn assignment(&mut self, a: &'a AssignmentExpression<'a>) -> Result<Value> {
        let Some(target) = a.left.as_simple_assignment_target() else {
            return Err(self.unsupported(a.left.span().start, "destructuring"));
        };
        let op_pos = self.op_pos(a.left.span().end);
        match target {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                let r = self.an.refs[&addr::<IdentifierReference>(id)];
                let name = id.name.as_str();
                if a.operator == AssignmentOperator::Assign {
                    let v = self.expr(&a.right)?;
                    self.assign_ref(r, name, v, op_pos);
                    return Ok(v);
                }
                let old = self.read_ref(r, name, id.span.start);
                if let Some(op) = a.operator.to_logical_operator() {
                    let rhs = self.b.create_block();
                    let (join, result) = self.merge_block();
                    self.short_circuit_test(op, old, rhs, join);
                    self.start_sealed(rhs);
                    let v = self.expr(&a.right)?;
                    self.assign_ref(r, name, v, op_pos);
                    self.jump(join, &[v]);
                    self.start_sealed(join);
                    return Ok(result);
                }
                let op = a
                    .operator
                    .to_binary_operator()
                    .expect("an arithmetic assignment");
                let rhs = self.expr(&a.right)?;
                self.at(op_pos);
                let v = self.ins(binary_op(op), &[old, rhs], Imm::None);
                self.assign_ref(r, name, v, op_pos);
                Ok(v)
            }
            _ => {
                let Some(m) = target.as_member_expression() else {
                    return Err(self.unsupported(target.span().start, "this assignment target"));
                };
                if a.operator == AssignmentOperator::Assign {
                    let place = self.place(m)?;
                    let v = self.expr(&a.right)?;
                    self.at(op_pos);
                    self.store_place(&place, v);
                    return Ok(v);
                }
                let place = self.place_for_update(m)?;
                let old = self.load_place(&place);
                if let Some(op) = a.operator.to_logical_operator() {
                    let rhs = self.b.create_block();
                    let (join, result) = self.merge_block();
                    self.short_circuit_test(op, old, rhs, join);
                    self.start_sealed(rhs);
                    let v = self.expr(&a.right)?;
                    self.at(op_pos);
                    self.store_place(&place, v);
                    self.jump(join, &[v]);
                    self.start_sealed(join);
                    return Ok(result);
                }
                let op = a
                    .operator
                    .to_binary_operator()
                    .expect("an arithmetic assignment");
                let rhs = self.expr(&a.right)?;
                self.at(op_pos);
                let v = self.ins(binary_op(op), &[old, rhs], Imm::None);
                self.store_place(&place, v);
                Ok(v)
            }
        }
    }

    /// `++`/`--`; `prefix`: the result is the new value (also used when the
    /// result is unused).
    fn update(&mut self, u: &'a UpdateExpression<'a>, prefix: bool) -> Result<Value> {
        let op = match u.operator {
            UpdateOperator::Increment => Opcode::Inc,
            UpdateOperator::Decrement => Opcode::Dec,
        };
        match &u.argument {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                let r = self.an.refs[&addr::<IdentifierReference>(id)];
                let name = id.name.as_str();
                let old = self.read_ref(r, name, id.span.start);
                self.at(u.span.start);
                let (new, result) = self.step(op, old, prefix);
                self.assign_ref(r, name, new, u.span.start);
                Ok(result)
            }
            target => {
                let Some(m) = target.as_member_expression() else {
                    return Err(self.unsupported(target.span().start, "this assignment target"));
                };
                let place = self.place_for_update(m)?;
                let old = self.load_place(&place);
                self.at(u.span.start);
                let (new, result) = self.step(op, old, prefix);
                self.store_place(&place, new);
                Ok(result)
            }
        }
    }

    /// `++`/`--`: (new value, expression result).
    fn step(&mut self, op: Opcode, old: Value, prefix: bool) -> (Value, Value) {
        if prefix {
            let new = self.ins(op, &[old], Imm::None);
            (new, new)
        } else {
            let n = self.ins(Opcode::ToNumber, &[old], Imm::None);
            let new = self.ins(op, &[n], Imm::None);
            (new, n)
        }
    }

    fn unary(&mut self, u: &'a UnaryExpression<'a>) -> Result<Value> {
        Ok(match u.operator {
            UnaryOperator::Typeof => {
                let v = match u.argument.without_parentheses() {
                    Expression::Identifier(id)
                        if self.an.refs[&addr::<IdentifierReference>(id)]
                            .binding
                            .is_none() =>
                    {
                        let n = self.name(id.name.as_str());
                        self.ins(Opcode::LoadGlobalOrUndefined, &[], n)
                    }
                    _ => self.expr(&u.argument)?,
                };
                self.at(u.span.start);
                self.ins(Opcode::TypeOf, &[v], Imm::None)
            }
            UnaryOperator::Delete => self.delete(u)?,
            UnaryOperator::Void => {
                self.expr(&u.argument)?;
                self.undef()
            }
            UnaryOperator::LogicalNot => {
                let v = self.expr(&u.argument)?;
                self.ins(Opcode::Not, &[v], Imm::None)
            }
            UnaryOperator::UnaryNegation => {
                if let Expression::NumericLiteral(n) = &u.argument {
                    return Ok(self.num(-n.value));
                }
                let v = self.expr(&u.argument)?;
                self.at(u.span.start);
                self.ins(Opcode::Neg, &[v], Imm::None)
            }
            UnaryOperator::UnaryPlus => {
                let v = self.expr(&u.argument)?;
                self.at(u.span.start);
                self.ins(Opcode::ToNumber, &[v], Imm::None)
            }
            UnaryOperator::BitwiseNot => {
                let v = self.expr(&u.argument)?;
                self.at(u.span.start);
                self.ins(Opcode::BitNot, &[v], Imm::None)
            }
        })
    }

    fn delete(&mut self, u: &'a UnaryExpression<'a>) -> Result<Value> {
        let arg = u.argument.without_parentheses();
        match arg {
            Expression::Identifier(id) => {
                let r = self.an.refs[&addr::<IdentifierReference>(id)];
                if r.binding.is_some() {
                    return Ok(self.boolean(false));
                }
                let g = self.name("globalThis");
                let global = self.ins(Opcode::LoadGlobal, &[], g);
                let n = self.name(id.name.as_str());
                Ok(self.ins(Opcode::DeleteProp, &[global], n))
            }
            Expression::ChainExpression(c) => self.chain(c, true),
            _ => match arg.as_member_expression() {
                Some(m) => {
                    let place = self.place(m)?;
                    let deleted = self.delete_place(&place);
                    self.unmap_deleted(m);
                    Ok(deleted)
                }
                None => {
                    self.expr(&u.argument)?;
                    Ok(self.boolean(true))
                }
            },
        }
    }
}

impl<'a> Lower<'a, '_> {
    /// `delete arguments[i]` ends the aliasing of parameter `i` (of all of
    /// them when `i` is not a constant).
    fn unmap_deleted(&mut self, m: &'a MemberExpression<'a>) {
        if self.mapped.is_empty() {
            return;
        }
        let MemberExpression::ComputedMemberExpression(c) = m else {
            return;
        };
        let Expression::Identifier(id) = c.object.without_parentheses() else {
            return;
        };
        let r = self.an.refs[&addr::<IdentifierReference>(id)];
        if r.binding.is_none() || r.binding != self.an.func(self.fid).arguments_binding {
            return;
        }
        let index = match c.expression.without_parentheses() {
            Expression::NumericLiteral(n) => Some(n.value),
            Expression::StringLiteral(s) if is_array_index(s.value.as_str()) => {
                s.value.as_str().parse::<f64>().ok()
            }
            _ => None,
        };
        let no = self.boolean(false);
        for m in self.mapped.clone() {
            if index.is_none_or(|i| i == m.index as f64) {
                self.b.def_var(m.flag, no);
            }
        }
    }
}

fn place_pos(p: &Place) -> u32 {
    match p {
        Place::Prop { pos, .. }
        | Place::Elem { pos, .. }
        | Place::SuperProp { pos, .. }
        | Place::SuperElem { pos, .. } => *pos,
    }
}
