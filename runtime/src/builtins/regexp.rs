//! `RegExp`: outside the subset. The constructor exists on the global
//! object (as in V8, so feature tests and `Object.getOwnPropertyNames`
//! see it), but calling or constructing it throws
//! `EvalError: unsupported: RegExp`. (The frontend reports a direct
//! reference to the name `RegExp` as unsupported at compile time; this
//! object is reachable only through `globalThis`.)

use super::constructor;
use crate::call::Args;
use crate::errors::ErrorType;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = super::object::new_object_with_proto(vm, Some(vm.realm.object_proto));
    constructor(vm, "RegExp", 2, regexp_ctor, proto);
}

/// The error every RegExp operation throws.
pub fn unsupported(vm: &mut Vm) -> crate::vm::Thrown {
    vm.throw_error(ErrorType::EvalError, "unsupported: RegExp")
}

fn regexp_ctor(vm: &mut Vm, _args: &Args) -> JsResult<Value> {
    Err(unsupported(vm))
}
