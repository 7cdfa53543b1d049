//! Runs hand-built IR through the interpreter: the runtime's own smoke
//! test, independent of the frontend.

use ir::{Constant, Function, FunctionBuilder, FunctionKind, Imm, Module, Opcode, Variable};
use runtime::interp::{LoadedModule, run_module};
use runtime::{Vm, VmOptions};

/// `o = {}; o.x = 0; i = 0; while (i < n) { o.x = o.x + i; i = i + 1 } return o.x`
fn sum_module(n: f64) -> Module {
    let mut m = Module::new();
    let x = m.intern("x");
    let mut b = FunctionBuilder::new(&mut m, Function::new("", FunctionKind::Script));
    let i = Variable(0);
    let entry = b.create_block();
    let head = b.create_block();
    let body = b.create_block();
    let exit = b.create_block();
    b.switch_to_block(entry);
    b.seal_block(entry);
    let o = b.ins_v(Opcode::NewObject, &[], Imm::Count(1));
    let zero = b.constant(Constant::Number(0.0));
    b.ins(Opcode::SetProp, &[o, zero], Imm::Name(x));
    b.def_var(i, zero);
    b.jump(head, &[]);
    b.switch_to_block(head);
    let iv = b.use_var(i);
    let nv = b.constant(Constant::Number(n));
    let c = b.ins_v(Opcode::Lt, &[iv, nv], Imm::None);
    b.branch(c, body, exit);
    b.switch_to_block(body);
    b.seal_block(body);
    let iv = b.use_var(i);
    let ox = b.ins_v(Opcode::GetProp, &[o], Imm::Name(x));
    let s = b.ins_v(Opcode::Add, &[ox, iv], Imm::None);
    b.ins(Opcode::SetProp, &[o, s], Imm::Name(x));
    let one = b.constant(Constant::Number(1.0));
    let next = b.ins_v(Opcode::Add, &[iv, one], Imm::None);
    b.def_var(i, next);
    b.jump(head, &[]);
    b.seal_block(head);
    b.switch_to_block(exit);
    b.seal_block(exit);
    let r = b.ins_v(Opcode::GetProp, &[o], Imm::Name(x));
    b.ins(Opcode::Return, &[r], Imm::None);
    let f = b.finish();
    ir::verify(&f).unwrap();
    let id = m.add_function(f);
    m.main = id;
    m
}

fn run(n: f64, gc_stress: bool) -> f64 {
    let mut vm = Vm::new(VmOptions {
        gc_stress,
        stats: false,
    });
    vm.mark_native_stack_base();
    let loaded = LoadedModule::load(&mut vm, sum_module(n), "t.js", "");
    let v = run_module(&mut vm, loaded).unwrap_or_else(|e| panic!("threw {:?}", e.0));
    v.as_number()
}

#[test]
fn loop_with_property_sum() {
    assert_eq!(run(100.0, false), 4950.0);
    assert_eq!(run(100000.0, false), 4999950000.0);
}

#[test]
fn loop_under_gc_stress() {
    assert_eq!(run(50.0, true), 1225.0);
}
