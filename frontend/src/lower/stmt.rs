//! Statements and control flow.

use ir::{Block, Imm, Opcode, Type, Value};
use oxc_ast::ast::*;
use oxc_span::GetSpan;

use super::{KIND_NORMAL, KIND_RETURN, KIND_THROW, Lower, Result, Target};
use crate::scope::{Ref, addr};
use crate::text::render_expr;

/// Which loop statement a for-each is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EachKind {
    In,
    Of,
}

impl<'a> Lower<'a, '_> {
    pub(super) fn stmts(&mut self, stmts: &'a [Statement<'a>]) -> Result<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Statement<'a>) -> Result<()> {
        self.ensure_reachable();
        self.at(stmt.span().start);
        match stmt {
            Statement::BlockStatement(b) => self.block(b)?,
            Statement::BreakStatement(s) => {
                let label = s.label.as_ref().map(|l| l.name.as_str());
                let index = self.find_target(label, false);
                self.jump_to_target(index, false);
            }
            Statement::ContinueStatement(s) => {
                let label = s.label.as_ref().map(|l| l.name.as_str());
                let index = self.find_target(label, true);
                self.jump_to_target(index, true);
            }
            Statement::DebuggerStatement(_) | Statement::EmptyStatement(_) => {}
            Statement::DoWhileStatement(s) => self.do_while(s, Vec::new())?,
            Statement::WhileStatement(s) => self.while_loop(s, Vec::new())?,
            Statement::ExpressionStatement(s) => match self.completion {
                Some(c) => {
                    let v = self.expr(&s.expression)?;
                    self.b.def_var(c, v);
                }
                None => self.expr_effect(&s.expression)?,
            },
            Statement::ForStatement(s) => self.for_loop(s, Vec::new())?,
            Statement::ForInStatement(s) => {
                self.for_each(stmt, EachKind::In, &s.left, &s.right, &s.body, Vec::new())?
            }
            Statement::ForOfStatement(s) => {
                self.for_each(stmt, EachKind::Of, &s.left, &s.right, &s.body, Vec::new())?
            }
            Statement::IfStatement(s) => self.if_stmt(s)?,
            Statement::LabeledStatement(s) => self.labeled(s)?,
            Statement::ReturnStatement(s) => {
                let v = match &s.argument {
                    Some(e) => self.expr(e)?,
                    None => self.undef(),
                };
                self.at(s.span.start);
                self.emit_return(v);
            }
            Statement::SwitchStatement(s) => self.switch(s, Vec::new())?,
            Statement::ThrowStatement(s) => {
                let v = self.expr(&s.argument)?;
                self.at(s.span.start);
                self.ins0(Opcode::Throw, &[v], Imm::None);
            }
            Statement::TryStatement(s) => self.try_stmt(s)?,
            Statement::VariableDeclaration(d) => self.var_decl(d)?,
            Statement::FunctionDeclaration(f) => {
                // Hoisted; in sloppy blocks also copied to its var (B.3.3).
                if let Some(&var) = self.an.annexb.get(&addr::<Function>(f))
                    && let Some(id) = &f.id
                {
                    let block = self.an.decls[&addr::<BindingIdentifier>(id)];
                    let v = self.read(block);
                    self.write(var, v);
                }
            }
            Statement::ClassDeclaration(c) => {
                let v = self.class(c)?;
                if let Some(id) = &c.id {
                    let b = self.an.decls[&addr::<BindingIdentifier>(id)];
                    self.write(b, v);
                }
            }
            Statement::WithStatement(s) => {
                return Err(self.unsupported(s.span.start, "with statement"));
            }
            other => return Err(self.unsupported(other.span().start, "this statement")),
        }
        Ok(())
    }

    /// A statement in an `if` branch or loop body: a function declaration
    /// there has its own block scope.
    fn single(&mut self, stmt: &'a Statement<'a>) -> Result<()> {
        if let Statement::FunctionDeclaration(_) = stmt
            && let Some(&scope) = self.an.scope_of.get(&addr::<Statement>(stmt))
        {
            let outer = self.enter_scope(scope);
            self.stmt(stmt)?;
            self.exit_scope(outer);
            return Ok(());
        }
        self.stmt(stmt)
    }

    fn block(&mut self, b: &'a BlockStatement<'a>) -> Result<()> {
        let scope = self.an.scope_of(b);
        let outer = self.enter_scope(scope);
        self.stmts(&b.body)?;
        self.exit_scope(outer);
        Ok(())
    }

    fn var_decl(&mut self, d: &'a VariableDeclaration<'a>) -> Result<()> {
        for decl in &d.declarations {
            let BindingPattern::BindingIdentifier(id) = &decl.id else {
                return Err(self.unsupported(decl.id.span().start, "destructuring"));
            };
            let key = addr::<BindingIdentifier>(id);
            if d.kind == VariableDeclarationKind::Var {
                if let Some(init) = &decl.init {
                    let v = self.expr(init)?;
                    let r = self.an.refs[&key];
                    self.assign_ref(r, id.name.as_str(), v, id.span.start);
                }
            } else {
                let v = match &decl.init {
                    Some(init) => self.expr(init)?,
                    None => self.undef(),
                };
                self.at(id.span.start);
                let b = self.an.decls[&key];
                self.write(b, v);
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, s: &'a IfStatement<'a>) -> Result<()> {
        let c = self.expr(&s.test)?;
        let then = self.b.create_block();
        let join = self.b.create_block();
        let els = if s.alternate.is_some() {
            self.b.create_block()
        } else {
            join
        };
        self.branch(c, then, els);
        self.start_sealed(then);
        self.single(&s.consequent)?;
        self.jump_if_open(join, &[]);
        if let Some(alt) = &s.alternate {
            self.start_sealed(els);
            self.single(alt)?;
            self.jump_if_open(join, &[]);
        }
        self.start_sealed(join);
        Ok(())
    }

    /// The innermost target of `break`/`continue` (with `label`).
    fn find_target(&self, label: Option<&str>, is_continue: bool) -> usize {
        for (i, t) in self.targets.iter().enumerate().rev() {
            if let Target::Jump {
                labels,
                is_loop,
                is_switch,
                ..
            } = t
            {
                let hit = match label {
                    Some(l) => labels.contains(&l),
                    None => *is_loop || (*is_switch && !is_continue),
                };
                if hit {
                    return i;
                }
            }
        }
        panic!("jump target not found (the analysis checks them)")
    }

    fn push_loop(
        &mut self,
        labels: Vec<&'a str>,
        brk: Block,
        cont: Block,
        brk_env: Value,
        cont_env: Value,
    ) {
        self.targets.push(Target::Jump {
            labels,
            is_loop: true,
            is_switch: false,
            brk,
            cont: Some(cont),
            brk_env,
            cont_env,
        });
    }

    fn labeled(&mut self, s: &'a LabeledStatement<'a>) -> Result<()> {
        let mut labels = vec![s.label.name.as_str()];
        let mut body: &'a Statement<'a> = &s.body;
        while let Statement::LabeledStatement(inner) = body {
            labels.push(inner.label.name.as_str());
            body = &inner.body;
        }
        self.at(body.span().start);
        match body {
            Statement::ForStatement(f) => self.for_loop(f, labels),
            Statement::ForInStatement(f) => {
                self.for_each(body, EachKind::In, &f.left, &f.right, &f.body, labels)
            }
            Statement::ForOfStatement(f) => {
                self.for_each(body, EachKind::Of, &f.left, &f.right, &f.body, labels)
            }
            Statement::WhileStatement(w) => self.while_loop(w, labels),
            Statement::DoWhileStatement(w) => self.do_while(w, labels),
            Statement::SwitchStatement(sw) => self.switch(sw, labels),
            other => {
                let after = self.b.create_block();
                let env = self.env();
                self.targets.push(Target::Jump {
                    labels,
                    is_loop: false,
                    is_switch: false,
                    brk: after,
                    cont: None,
                    brk_env: env,
                    cont_env: env,
                });
                self.stmt(other)?;
                self.targets.pop();
                self.jump_if_open(after, &[]);
                self.start_sealed(after);
                Ok(())
            }
        }
    }

    fn while_loop(&mut self, s: &'a WhileStatement<'a>, labels: Vec<&'a str>) -> Result<()> {
        let header = self.b.create_block();
        let body = self.b.create_block();
        let exit = self.b.create_block();
        let env = self.env();
        self.jump(header, &[]);
        self.b.switch_to_block(header);
        let c = self.expr(&s.test)?;
        self.branch(c, body, exit);
        self.start_sealed(body);
        self.push_loop(labels, exit, header, env, env);
        self.single(&s.body)?;
        self.targets.pop();
        self.jump_if_open(header, &[]);
        self.b.seal_block(header);
        self.start_sealed(exit);
        Ok(())
    }

    fn do_while(&mut self, s: &'a DoWhileStatement<'a>, labels: Vec<&'a str>) -> Result<()> {
        let body = self.b.create_block();
        let cond = self.b.create_block();
        let exit = self.b.create_block();
        let env = self.env();
        self.jump(body, &[]);
        self.b.switch_to_block(body);
        self.push_loop(labels, exit, cond, env, env);
        self.single(&s.body)?;
        self.targets.pop();
        self.jump_if_open(cond, &[]);
        self.start_sealed(cond);
        self.at(s.test.span().start);
        let c = self.expr(&s.test)?;
        self.branch(c, body, exit);
        self.b.seal_block(body);
        self.start_sealed(exit);
        Ok(())
    }

    fn for_loop(&mut self, s: &'a ForStatement<'a>, labels: Vec<&'a str>) -> Result<()> {
        let scope = self.an.scope_of(s);
        let outer = self.enter_scope(scope);
        let per_iteration = self.an.scope(scope).has_env();
        match &s.init {
            Some(ForStatementInit::VariableDeclaration(d)) => self.var_decl(d)?,
            Some(init) => {
                if let Some(e) = init.as_expression() {
                    self.expr_effect(e)?;
                }
            }
            None => {}
        }
        let header = self.b.create_block();
        let body = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header, &[]);
        self.b.switch_to_block(header);
        match &s.test {
            Some(t) => {
                let c = self.expr(t)?;
                self.branch(c, body, exit);
            }
            None => self.jump(body, &[]),
        }
        self.start_sealed(body);
        let iter_env = self.env();
        self.push_loop(labels, exit, cont, iter_env, iter_env);
        self.single(&s.body)?;
        self.targets.pop();
        self.jump_if_open(cont, &[]);
        self.start_sealed(cont);
        if per_iteration {
            // Closures of this iteration keep its bindings; the next one
            // works on a copy.
            let e = self.env();
            let copy = self.ins(Opcode::CopyEnv, &[e], Imm::None);
            self.set_env(copy);
        }
        if let Some(u) = &s.update {
            self.expr_effect(u)?;
        }
        self.jump(header, &[]);
        self.b.seal_block(header);
        self.start_sealed(exit);
        self.exit_scope(outer);
        Ok(())
    }

    fn for_each(
        &mut self,
        node: &'a Statement<'a>,
        kind: EachKind,
        left: &'a ForStatementLeft<'a>,
        right: &'a Expression<'a>,
        body_stmt: &'a Statement<'a>,
        labels: Vec<&'a str>,
    ) -> Result<()> {
        let scope = self.an.scope_of::<Statement>(node);
        // `for (var x = init in o)` (sloppy, Annex B.3.5) assigns first.
        if let ForStatementLeft::VariableDeclaration(d) = left
            && d.kind == VariableDeclarationKind::Var
        {
            self.var_decl(d)?;
        }
        // The right side sees the loop's bindings in their TDZ.
        let obj = if self.an.scope(scope).rhs_in_scope {
            let outer = self.enter_scope(scope);
            let obj = self.expr(right)?;
            self.exit_scope(outer);
            obj
        } else {
            self.expr(right)?
        };
        self.at(right.span().start);
        let iter = match kind {
            EachKind::In => self.ins(Opcode::ForInStart, &[obj], Imm::None),
            EachKind::Of => {
                let t = self.text(&render_expr(right));
                self.ins(Opcode::ForOfStart, &[obj], t)
            }
        };
        let header = self.b.create_block();
        let body = self.b.create_block();
        let exit = self.b.create_block();
        let env = self.env();
        self.jump(header, &[]);
        self.b.switch_to_block(header);
        let next = match kind {
            EachKind::In => self.ins(Opcode::ForInNext, &[iter], Imm::None),
            EachKind::Of => self.ins(Opcode::ForOfNext, &[iter], Imm::None),
        };
        let done = self.ins(Opcode::IsHole, &[next], Imm::None);
        self.branch(done, exit, body);
        self.start_sealed(body);
        let outer = self.enter_scope(scope);
        self.at(left.span().start);
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                let Some(decl) = d.declarations.first() else {
                    return Err(self.unsupported(d.span.start, "destructuring"));
                };
                let BindingPattern::BindingIdentifier(id) = &decl.id else {
                    return Err(self.unsupported(decl.id.span().start, "destructuring"));
                };
                let key = addr::<BindingIdentifier>(id);
                if d.kind == VariableDeclarationKind::Var {
                    let r = self.an.refs[&key];
                    self.assign_ref(r, id.name.as_str(), next, id.span.start);
                } else {
                    let b = self.an.decls[&key];
                    self.write(b, next);
                }
            }
            _ => {
                let Some(target) = left.as_simple_assignment_target() else {
                    return Err(self.unsupported(left.span().start, "destructuring"));
                };
                self.assign_simple(target, next)?;
            }
        }
        self.push_loop(labels, exit, header, env, env);
        self.single(body_stmt)?;
        self.targets.pop();
        self.exit_scope(outer);
        self.jump_if_open(header, &[]);
        self.b.seal_block(header);
        self.start_sealed(exit);
        Ok(())
    }

    fn switch(&mut self, s: &'a SwitchStatement<'a>, labels: Vec<&'a str>) -> Result<()> {
        let d = self.expr(&s.discriminant)?;
        let scope = self.an.scope_of(s);
        let outer = self.enter_scope(scope);
        let exit = self.b.create_block();
        let bodies: Vec<Block> = s.cases.iter().map(|_| self.b.create_block()).collect();
        for (i, case) in s.cases.iter().enumerate() {
            if let Some(t) = &case.test {
                let v = self.expr(t)?;
                self.at(case.span.start);
                let c = self.ins(Opcode::StrictEq, &[d, v], Imm::None);
                let next = self.b.create_block();
                self.branch(c, bodies[i], next);
                self.start_sealed(next);
            }
        }
        match s.cases.iter().position(|c| c.test.is_none()) {
            Some(i) => self.jump(bodies[i], &[]),
            None => self.jump(exit, &[]),
        }
        let env = self.env();
        self.targets.push(Target::Jump {
            labels,
            is_loop: false,
            is_switch: true,
            brk: exit,
            cont: None,
            brk_env: env,
            cont_env: env,
        });
        for (i, case) in s.cases.iter().enumerate() {
            self.jump_if_open(bodies[i], &[]);
            self.start_sealed(bodies[i]);
            self.stmts(&case.consequent)?;
        }
        self.jump_if_open(exit, &[]);
        self.targets.pop();
        self.start_sealed(exit);
        self.exit_scope(outer);
        Ok(())
    }

    fn try_stmt(&mut self, s: &'a TryStatement<'a>) -> Result<()> {
        let outer_handler = self.b.handler();
        let try_entry = self.b.current_block().expect("a current block");
        let env = self.env();
        let after = self.b.create_block();
        // The finally block: (completion kind, value).
        let finally = s.finalizer.as_ref().map(|_| {
            let blk = self.b.create_block();
            let kind = self.b.append_block_param(blk, Type::ANY);
            let value = self.b.append_block_param(blk, Type::ANY);
            (blk, kind, value)
        });
        // Exceptions from the try block (no catch) and the catch block go to
        // the finally block as a throw completion.
        let finally_handler = finally.map(|(blk, _, _)| {
            let (h, exc) = self.b.create_handler_block(try_entry);
            let cur = self.b.current_block();
            self.b.switch_to_block(h);
            self.set_env(env);
            let k = self.num(KIND_THROW);
            self.jump(blk, &[k, exc]);
            if let Some(c) = cur {
                self.b.switch_to_block(c);
            }
            h
        });
        if let Some(h) = finally_handler {
            self.b.set_handler(Some(h));
        }
        let catch_handler = s
            .handler
            .as_ref()
            .map(|_| self.b.create_handler_block(try_entry));
        if let Some((h, _)) = catch_handler {
            self.b.set_handler(Some(h));
        }
        if let Some((blk, _, _)) = finally {
            self.targets.push(Target::Finally {
                block: blk,
                env,
                jumps: Vec::new(),
                returns: false,
            });
        }
        // The try block.
        let body = self.b.create_block();
        self.jump(body, &[]);
        self.start_sealed(body);
        self.block(&s.block)?;
        self.leave_protected(finally.map(|f| f.0), after);
        // The catch block, protected by the finally.
        self.b.set_handler(finally_handler.or(outer_handler));
        if let (Some(clause), Some((h, exc))) = (&s.handler, catch_handler) {
            self.b.switch_to_block(h);
            self.at(clause.span.start);
            let scope = self.an.scope_of::<CatchClause>(clause);
            let outer = self.enter_scope(scope);
            if let Some(param) = &clause.param
                && let BindingPattern::BindingIdentifier(id) = &param.pattern
            {
                let b = self.an.decls[&addr::<BindingIdentifier>(id)];
                self.write(b, exc);
            }
            self.stmts(&clause.body.body)?;
            self.exit_scope(outer);
            self.leave_protected(finally.map(|f| f.0), after);
        }
        self.b.set_handler(outer_handler);
        if let Some((blk, kind, value)) = finally {
            let Some(Target::Finally { jumps, returns, .. }) = self.targets.pop() else {
                panic!("finally target");
            };
            self.start_sealed(blk);
            let fin = s.finalizer.as_ref().expect("finally");
            self.block(fin)?;
            if !self.b.is_unreachable() {
                self.completion_dispatch(kind, value, after, &jumps, returns);
            }
        }
        self.start_sealed(after);
        Ok(())
    }

    /// The end of a try or catch block: on to the finally block (normal
    /// completion) or past the statement.
    fn leave_protected(&mut self, finally: Option<Block>, after: Block) {
        if self.b.is_unreachable() {
            return;
        }
        match finally {
            Some(blk) => {
                let k = self.num(KIND_NORMAL);
                let u = self.undef();
                self.jump(blk, &[k, u]);
            }
            None => self.jump(after, &[]),
        }
    }

    /// After a finally block: continue the completion that entered it.
    fn completion_dispatch(
        &mut self,
        kind: Value,
        value: Value,
        after: Block,
        jumps: &[(usize, bool)],
        returns: bool,
    ) {
        enum Action {
            Normal,
            Throw,
            Return,
            Jump(usize, bool),
        }
        let mut actions = vec![(KIND_NORMAL, Action::Normal), (KIND_THROW, Action::Throw)];
        if returns {
            actions.push((KIND_RETURN, Action::Return));
        }
        for (k, &(index, is_continue)) in jumps.iter().enumerate() {
            actions.push((3.0 + k as f64, Action::Jump(index, is_continue)));
        }
        let n = actions.len();
        for (i, (code, action)) in actions.into_iter().enumerate() {
            let next = if i + 1 < n {
                let c = self.num(code);
                let is = self.ins(Opcode::StrictEq, &[kind, c], Imm::None);
                let then = self.b.create_block();
                let next = self.b.create_block();
                self.branch(is, then, next);
                self.start_sealed(then);
                Some(next)
            } else {
                None
            };
            match action {
                Action::Normal => self.jump(after, &[]),
                Action::Throw => self.ins0(Opcode::Throw, &[value], Imm::None),
                Action::Return => self.emit_return(value),
                Action::Jump(index, is_continue) => self.jump_to_target(index, is_continue),
            }
            if let Some(next) = next {
                self.start_sealed(next);
            }
        }
    }

    /// `target = v` for a for-in/of head or an assignment.
    pub(super) fn assign_simple(
        &mut self,
        target: &'a SimpleAssignmentTarget<'a>,
        v: Value,
    ) -> Result<()> {
        match target {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                let r: Ref = self.an.refs[&addr::<IdentifierReference>(id)];
                self.assign_ref(r, id.name.as_str(), v, id.span.start);
                Ok(())
            }
            _ => match target.as_member_expression() {
                Some(m) => {
                    let place = self.place(m)?;
                    self.store_place(&place, v);
                    Ok(())
                }
                None => Err(self.unsupported(target.span().start, "this assignment target")),
            },
        }
    }
}
