//! `console.log`, `console.error`, `print`, `alert`: format values as
//! Node's `console.log` does (see `inspect.rs`).

use super::{method, value};
use crate::call::Args;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let console = super::object::new_object_with_proto(vm, Some(vm.realm.object_proto));
    let g = vm.realm.global;
    value(vm, g, "console", console.value(), ir::attrs::HIDDEN);
    method(vm, console, "log", 0, log);
    method(vm, console, "info", 0, log);
    method(vm, console, "debug", 0, log);
    method(vm, console, "error", 0, error);
    method(vm, console, "warn", 0, error);
    method(vm, g, "print", 0, log);
    method(vm, g, "alert", 0, log);
}

fn log(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut line = crate::inspect::format_log_args(vm, args.args)?;
    line.push('\n');
    vm.write_out(line.as_bytes());
    Ok(Value::UNDEFINED)
}

fn error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut line = crate::inspect::format_log_args(vm, args.args)?;
    line.push('\n');
    vm.write_err(line.as_bytes());
    Ok(Value::UNDEFINED)
}
