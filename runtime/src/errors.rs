//! Error objects and the runtime's error messages (V8's wording).

use crate::atoms;
use crate::object::{Class, ObjRef};
use crate::property::{self, PropKey, SetFailure};
use crate::value::Value;
use crate::vm::{Thrown, Vm};

/// The error constructors the runtime throws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorType {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    UriError,
}

impl ErrorType {
    pub fn from_ir(k: ir::ErrorKind) -> ErrorType {
        match k {
            ir::ErrorKind::TypeError => ErrorType::TypeError,
            ir::ErrorKind::ReferenceError => ErrorType::ReferenceError,
            ir::ErrorKind::SyntaxError => ErrorType::SyntaxError,
            ir::ErrorKind::RangeError => ErrorType::RangeError,
        }
    }
}

/// Builds the `stack` string: the header then one line per JS frame.
pub fn stack_trace(vm: &Vm, header: &str) -> String {
    let mut s = String::from(header);
    for rec in vm.frames.as_slice().iter().rev().take(10) {
        // Frame records point to live function infos.
        let info = crate::interp::info_ref(rec.info);
        let module = vm.modules[info.module as usize];
        let (line, col) = module.position_of(info, rec.pc);
        let name = vm.atom_text(info.name);
        if info.kind == ir::FunctionKind::Script {
            s.push_str(&format!("\n    at {}:{line}:{col}", module.file_name));
        } else {
            let shown = if name.is_empty() {
                "<anonymous>".to_string()
            } else {
                name
            };
            s.push_str(&format!(
                "\n    at {shown} ({}:{line}:{col})",
                module.file_name
            ));
        }
    }
    s
}

impl Vm {
    /// A new error object with `proto` and `message` (and a `stack`).
    pub fn new_error_object(&mut self, proto: ObjRef, message: Option<Value>) -> ObjRef {
        let shape = crate::realm::error_shape(self, proto);
        let obj = self.new_object_with_shape(shape);
        // The frames are captured now; the header ("Name: message") is made
        // when `stack` is first read, as V8 does.
        let frames = stack_trace(self, "");
        let frames_v = self.new_str(&frames);
        crate::builtins::error::define_lazy_stack(self, obj, frames_v);
        if let Some(m) = message {
            property::define_data(
                self,
                obj,
                PropKey::Atom(atoms::MESSAGE),
                m,
                ir::attrs::HIDDEN,
            )
            .expect("defining message on a new error cannot throw");
        }
        obj
    }

    pub fn make_error(&mut self, ty: ErrorType, msg: &str) -> Value {
        let proto = self.realm.error_proto_of(ty);
        let m = self.new_str(msg);
        self.new_error_object(proto, Some(m)).value()
    }

    pub fn throw_error(&mut self, ty: ErrorType, msg: &str) -> Thrown {
        Thrown(self.make_error(ty, msg))
    }
    pub fn type_error(&mut self, msg: &str) -> Thrown {
        self.throw_error(ErrorType::TypeError, msg)
    }
    pub fn range_error(&mut self, msg: &str) -> Thrown {
        self.throw_error(ErrorType::RangeError, msg)
    }
    pub fn reference_error(&mut self, msg: &str) -> Thrown {
        self.throw_error(ErrorType::ReferenceError, msg)
    }
    pub fn syntax_error(&mut self, msg: &str) -> Thrown {
        self.throw_error(ErrorType::SyntaxError, msg)
    }

    /// "Cannot read properties of undefined (reading 'x')".
    pub fn read_error(&mut self, recv: Value, key: PropKey) -> Thrown {
        let what = if recv.is_null() { "null" } else { "undefined" };
        let k = key.to_rust(self);
        self.type_error(&format!("Cannot read properties of {what} (reading '{k}')"))
    }

    /// "Cannot set properties of null (setting 'x')".
    pub fn set_error(&mut self, recv: Value, key: PropKey) -> Thrown {
        let what = if recv.is_null() { "null" } else { "undefined" };
        let k = key.to_rust(self);
        self.type_error(&format!("Cannot set properties of {what} (setting '{k}')"))
    }

    /// The TypeError strict code throws for a failed assignment.
    pub fn set_failure_error(&mut self, recv: Value, key: PropKey, f: SetFailure) -> Thrown {
        let k = key.to_rust(self);
        match f {
            SetFailure::ReadOnly => {
                let (kind, shown) = describe_receiver(self, recv);
                self.type_error(&format!(
                    "Cannot assign to read only property '{k}' of {kind} '{shown}'"
                ))
            }
            SetFailure::NotExtensible => self.type_error(&format!(
                "Cannot add property {k}, object is not extensible"
            )),
            SetFailure::NoSetter => {
                let shown = describe_for_message(self, recv);
                self.type_error(&format!(
                    "Cannot set property {k} of {shown} which has only a getter"
                ))
            }
            SetFailure::Primitive => {
                let kind = crate::ops::type_of(recv);
                let kind = self.atom_text(kind);
                let shown = describe_for_message(self, recv);
                let shown = format!("'{shown}'");
                self.type_error(&format!("Cannot create property '{k}' on {kind} {shown}"))
            }
            SetFailure::BadLength => self.range_error("Invalid array length"),
            SetFailure::UndeletableElement(i) => {
                let shown = describe_for_message(self, recv);
                self.type_error(&format!("Cannot delete property '{i}' of {shown}"))
            }
            SetFailure::LengthReadOnly => {
                self.set_failure_error(recv, PropKey::Atom(atoms::LENGTH), SetFailure::ReadOnly)
            }
        }
    }
}

/// V8's `typeof`-ish word and rendering of a receiver in "read only" messages.
fn describe_receiver(vm: &mut Vm, v: Value) -> (String, String) {
    let shown = describe_for_message(vm, v);
    if v.is_callable() {
        ("function".into(), shown)
    } else if v.is_object() {
        ("object".into(), shown)
    } else {
        let t = crate::ops::type_of(v);
        (vm.atom_text(t), shown)
    }
}

/// How V8 shows a value inside an error message (its
/// `Object::NoSideEffectsToString`): primitives as their string, functions
/// by their source, errors as `Name: message`, objects whose `toString` is
/// `Object.prototype.toString` as `#<Constructor>`, other objects as
/// `[object Tag]` (`[object Array]`, `[object String]`, ...).
pub fn describe_for_message(vm: &mut Vm, v: Value) -> String {
    let Some(o) = v.as_object() else {
        if let Some(s) = v.as_string() {
            return s.to_rust();
        }
        return crate::conv::to_rust_string(vm, v).unwrap_or_default();
    };
    if o.is_callable() {
        return crate::builtins::function::function_source(vm, o);
    }
    use crate::builtins::{error, is_native, object};
    let to_string = get_data_property(vm, o, PropKey::Atom(atoms::TO_STRING));
    if o.class() == Class::Error || is_native(to_string, error::to_string) {
        let name = get_data_property(vm, o, PropKey::Atom(atoms::NAME));
        let name = name.as_string().map_or("Error".into(), |s| s.to_rust());
        let msg = get_data_property(vm, o, PropKey::Atom(atoms::MESSAGE));
        let msg = msg.as_string().map(|s| s.to_rust()).unwrap_or_default();
        return match (name.is_empty(), msg.is_empty()) {
            (_, true) => name,
            (true, false) => msg,
            (false, false) => format!("{name}: {msg}"),
        };
    }
    if is_native(to_string, object::to_string) {
        let ctor = get_data_property(vm, o, PropKey::Atom(atoms::CONSTRUCTOR));
        if let Some(c) = ctor.as_object().filter(|c| c.is_callable())
            && let Some(property::Prop::Data { value: n, .. }) =
                property::get_own(vm, c, PropKey::Atom(atoms::NAME))
            && let Some(s) = n.as_string()
            && !s.is_empty()
        {
            return format!("#<{}>", s.to_rust());
        }
    }
    format!("[object {}]", crate::conv::to_string_tag(vm, o))
}

/// GetDataProperty: the value of `key` found along the prototype chain if
/// it is a data property, else undefined (no getters run).
pub fn get_data_property(vm: &mut Vm, obj: ObjRef, key: PropKey) -> Value {
    let mut o = Some(obj);
    while let Some(p) = o {
        match property::get_own(vm, p, key) {
            Some(property::Prop::Data { value, .. }) => return value,
            Some(property::Prop::Accessor { .. }) => return Value::UNDEFINED,
            None => o = p.proto(),
        }
    }
    Value::UNDEFINED
}

/// The name of the constructor found through `obj`'s prototype chain,
/// without running getters.
pub fn constructor_name(vm: &mut Vm, obj: ObjRef) -> Option<String> {
    let mut o = Some(obj);
    while let Some(p) = o {
        if let Some(property::Prop::Data { value, .. }) =
            property::get_own(vm, p, PropKey::Atom(atoms::CONSTRUCTOR))
            && let Some(c) = value.as_object()
            && let Some(property::Prop::Data { value: n, .. }) =
                property::get_own(vm, c, PropKey::Atom(atoms::NAME))
            && let Some(s) = n.as_string()
            && !s.is_empty()
        {
            return Some(s.to_rust());
        }
        o = p.proto();
    }
    None
}
