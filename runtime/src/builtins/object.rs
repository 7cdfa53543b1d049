//! `Object` and `Object.prototype` (ECMA-262 §20.1).

use ir::attrs::{CONFIGURABLE, ENUMERABLE, HIDDEN, WRITABLE};

use super::{accessor, array, constructor, method, this_object};
use crate::atoms;
use crate::call::{Args, NativeFn};
use crate::conv;
use crate::errors::describe_for_message;
use crate::object::{Class, ObjRef};
use crate::ops;
use crate::property::{self, Descriptor, Prop, PropKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn install(vm: &mut Vm) {
    let proto = vm.realm.object_proto;
    let ctor = constructor(vm, "Object", 1, object_ctor, proto);
    let statics: [(&str, u32, NativeFn); 22] = [
        ("assign", 2, assign),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getOwnPropertyDescriptors", 1, get_own_property_descriptors),
        ("getOwnPropertyNames", 1, get_own_property_names),
        ("getOwnPropertySymbols", 1, get_own_property_symbols),
        ("hasOwn", 2, has_own),
        ("is", 2, is),
        ("preventExtensions", 1, prevent_extensions),
        ("seal", 1, seal),
        ("create", 2, create),
        ("defineProperties", 2, define_properties),
        ("defineProperty", 3, define_property),
        ("freeze", 1, freeze),
        ("getPrototypeOf", 1, get_prototype_of),
        ("setPrototypeOf", 2, set_prototype_of),
        ("isExtensible", 1, is_extensible),
        ("isFrozen", 1, is_frozen),
        ("isSealed", 1, is_sealed),
        ("keys", 1, keys),
        ("entries", 1, entries),
        ("fromEntries", 1, from_entries),
        ("values", 1, values),
    ];
    for (name, len, f) in statics {
        method(vm, ctor, name, len, f);
    }
    method(vm, proto, "__defineGetter__", 2, define_getter);
    method(vm, proto, "__defineSetter__", 2, define_setter);
    method(vm, proto, "hasOwnProperty", 1, has_own_property);
    method(vm, proto, "__lookupGetter__", 1, lookup_getter);
    method(vm, proto, "__lookupSetter__", 1, lookup_setter);
    method(vm, proto, "isPrototypeOf", 1, is_prototype_of);
    method(vm, proto, "propertyIsEnumerable", 1, property_is_enumerable);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "valueOf", 0, value_of);
    accessor(
        vm,
        proto,
        "__proto__",
        Some(proto_getter),
        Some(proto_setter),
    );
    method(vm, proto, "toLocaleString", 0, to_locale_string);
}

fn object_ctor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.is_construct() && args.new_target != args.callee.value() {
        // Subclass of Object: OrdinaryCreateFromConstructor.
        let nt = args.new_target.as_object().unwrap();
        let p = property::get(vm, nt, PropKey::Atom(atoms::PROTOTYPE), args.new_target)?;
        let proto = p.as_object().unwrap_or(vm.realm.object_proto);
        return Ok(new_object_with_proto(vm, Some(proto)).value());
    }
    let v = args.get(0);
    if v.is_nullish() {
        return Ok(new_object_with_proto(vm, Some(vm.realm.object_proto)).value());
    }
    Ok(conv::to_object(vm, v)?.value())
}

/// Inline slots of the ordinary objects made with a prototype other than
/// `Object.prototype` (`Object.create`): those of `{}`.
pub const CREATE_CAP: u8 = crate::shape::inline_cap_for(0);

/// The shape of a new ordinary object with `proto`.
pub fn shape_for_proto(vm: &mut Vm, proto: Option<ObjRef>) -> crate::object::ShapeRef {
    if proto == Some(vm.realm.object_proto) {
        return vm.realm.empty_object_shape;
    }
    crate::shape::root_shape(vm, Class::Ordinary, proto, CREATE_CAP)
}

/// A new ordinary object with `proto`.
pub fn new_object_with_proto(vm: &mut Vm, proto: Option<ObjRef>) -> ObjRef {
    let s = shape_for_proto(vm, proto);
    vm.new_object_with_shape(s)
}

/// `Object.create(p)` without a second argument. The prototype and the
/// shape it got are remembered in `Vm::create_cache` for native code.
pub fn create_with_proto(vm: &mut Vm, p: Value) -> JsResult<Value> {
    let proto = proto_arg(vm, p)?;
    let s = shape_for_proto(vm, proto);
    if proto.is_some() && s.class() == Class::Ordinary && s.inline_cap() == CREATE_CAP {
        vm.create_cache = (p.bits(), s.ptr() as usize);
    }
    Ok(vm.new_object_with_shape(s).value())
}

/// Is `f` the built-in `Object.create` (the JIT inlines it)?
pub fn is_create(f: Value) -> bool {
    super::is_native(f, create)
}

fn require_object(vm: &mut Vm, v: Value, what: &str) -> JsResult<ObjRef> {
    match v.as_object() {
        Some(o) => Ok(o),
        None => {
            let _ = what;
            Err(vm.type_error("Object.defineProperty called on non-object"))
        }
    }
}

fn proto_arg(vm: &mut Vm, p: Value) -> JsResult<Option<ObjRef>> {
    if p.is_null() {
        return Ok(None);
    }
    match p.as_object() {
        Some(o) => Ok(Some(o)),
        None => {
            let shown = describe_for_message(vm, p);
            Err(vm.type_error(&format!(
                "Object prototype may only be an Object or null: {shown}"
            )))
        }
    }
}

fn create(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = create_with_proto(vm, args.get(0))?;
    let props = args.get(1);
    if !props.is_undefined() {
        define_properties_from(vm, o.as_object().expect("a new object"), props)?;
    }
    Ok(o)
}

fn get_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    Ok(o.proto().map_or(Value::NULL, |p| p.value()))
}

/// [[SetPrototypeOf]] that throws V8's errors on failure.
pub fn set_proto_or_throw(vm: &mut Vm, o: ObjRef, proto: Option<ObjRef>) -> JsResult<()> {
    if o == vm.realm.object_proto && proto.is_some() {
        return Err(vm.type_error(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set",
        ));
    }
    if property::set_prototype_of(vm, o, proto) {
        return Ok(());
    }
    if !property::is_extensible(o) {
        let shown = describe_for_message(vm, o.value());
        return Err(vm.type_error(&format!("{shown} is not extensible")));
    }
    Err(vm.type_error("Cyclic __proto__ value"))
}

fn set_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let target = args.get(0);
    if target.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    let proto = proto_arg(vm, args.get(1))?;
    if let Some(o) = target.as_object() {
        set_proto_or_throw(vm, o, proto)?;
    }
    Ok(target)
}

/// The own string keys of `o` as a JS array, filtered.
fn key_list(vm: &mut Vm, o: ObjRef, only_enumerable: bool) -> Vec<PropKey> {
    let keys = property::own_keys(vm, o);
    if !only_enumerable {
        return keys;
    }
    keys.into_iter()
        .filter(|&k| property::get_own(vm, o, k).is_some_and(|p| p.enumerable()))
        .collect()
}

fn get_own_property_names(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let keys = key_list(vm, o, false);
    let arr = array::new_array(vm, 0);
    for k in keys {
        let s = k.to_value(vm);
        array::push_value(vm, arr, s);
    }
    Ok(arr.value())
}

fn keys(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let keys = key_list(vm, o, true);
    let arr = array::new_array(vm, 0);
    for k in keys {
        let s = k.to_value(vm);
        array::push_value(vm, arr, s);
    }
    Ok(arr.value())
}

fn values(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let keys = property::own_keys(vm, o);
    let arr = array::new_array(vm, 0);
    for k in keys {
        if property::get_own(vm, o, k).is_some_and(|p| p.enumerable()) {
            let v = property::get(vm, o, k, o.value())?;
            array::push_value(vm, arr, v);
        }
    }
    Ok(arr.value())
}

fn entries(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let keys = property::own_keys(vm, o);
    let arr = array::new_array(vm, 0);
    for k in keys {
        if property::get_own(vm, o, k).is_some_and(|p| p.enumerable()) {
            let v = property::get(vm, o, k, o.value())?;
            let pair = array::new_array(vm, 0);
            array::push_value(vm, arr, pair.value());
            let ks = k.to_value(vm);
            array::push_value(vm, pair, ks);
            array::push_value(vm, pair, v);
        }
    }
    Ok(arr.value())
}

fn assign(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let target = conv::to_object(vm, args.get(0))?;
    for &src in args.args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = conv::to_object(vm, src)?;
        for k in property::own_keys(vm, from) {
            if property::get_own(vm, from, k).is_some_and(|p| p.enumerable()) {
                let v = property::get(vm, from, k, from.value())?;
                let r = property::set(vm, target, k, v, target.value())?;
                if let Err(f) = r {
                    return Err(vm.set_failure_error(target.value(), k, f));
                }
            }
        }
    }
    Ok(target.value())
}

/// ToPropertyDescriptor.
pub fn to_descriptor(vm: &mut Vm, v: Value) -> JsResult<Descriptor> {
    let Some(o) = v.as_object() else {
        let shown = describe_for_message(vm, v);
        return Err(vm.type_error(&format!("Property description must be an object: {shown}")));
    };
    let mut d = Descriptor::default();
    let field = |vm: &mut Vm, name: crate::string::Atom| -> JsResult<Option<Value>> {
        let k = PropKey::Atom(name);
        if property::has_property(vm, o, k) {
            Ok(Some(property::get(vm, o, k, v)?))
        } else {
            Ok(None)
        }
    };
    if let Some(x) = field(vm, atoms::ENUMERABLE)? {
        d.enumerable = Some(conv::to_boolean(x));
    }
    if let Some(x) = field(vm, atoms::CONFIGURABLE)? {
        d.configurable = Some(conv::to_boolean(x));
    }
    if let Some(x) = field(vm, atoms::VALUE)? {
        d.value = Some(x);
    }
    if let Some(x) = field(vm, atoms::WRITABLE)? {
        d.writable = Some(conv::to_boolean(x));
    }
    if let Some(g) = field(vm, atoms::GET)? {
        if !g.is_undefined() && !g.is_callable() {
            let shown = describe_for_message(vm, g);
            return Err(vm.type_error(&format!("Getter must be a function: {shown}")));
        }
        d.get = Some(g);
    }
    if let Some(s) = field(vm, atoms::SET)? {
        if !s.is_undefined() && !s.is_callable() {
            let shown = describe_for_message(vm, s);
            return Err(vm.type_error(&format!("Setter must be a function: {shown}")));
        }
        d.set = Some(s);
    }
    if d.is_accessor() && d.is_data() {
        let shown = describe_for_message(vm, v);
        return Err(vm.type_error(&format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {shown}"
        )));
    }
    Ok(d)
}

/// DefinePropertyOrThrow with V8's messages.
pub fn define_or_throw(vm: &mut Vm, o: ObjRef, k: PropKey, d: Descriptor) -> JsResult<()> {
    if property::define_own(vm, o, k, d)? {
        return Ok(());
    }
    let name = k.to_rust(vm);
    // V8 reports an index past a read-only array length as not extensible.
    let past_length = o.class() == Class::Array
        && o.has_flag(crate::object::oflags::LENGTH_READONLY)
        && matches!(k, PropKey::Index(i) if i >= o.array_length());
    if property::get_own(vm, o, k).is_none() && (!property::is_extensible(o) || past_length) {
        return Err(vm.type_error(&format!(
            "Cannot define property {name}, object is not extensible"
        )));
    }
    Err(vm.type_error(&format!("Cannot redefine property: {name}")))
}

fn define_property(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = require_object(vm, args.get(0), "defineProperty")?;
    let k = conv::to_property_key(vm, args.get(1))?;
    let d = to_descriptor(vm, args.get(2))?;
    define_or_throw(vm, o, k, d)?;
    Ok(o.value())
}

fn define_properties_from(vm: &mut Vm, o: ObjRef, props: Value) -> JsResult<()> {
    let src = conv::to_object(vm, props)?;
    let mut descs = Vec::new();
    for k in property::own_keys(vm, src) {
        if property::get_own(vm, src, k).is_some_and(|p| p.enumerable()) {
            let dv = property::get(vm, src, k, src.value())?;
            vm.roots.push(dv);
            let d = to_descriptor(vm, dv);
            vm.roots.pop();
            descs.push((k, d?));
        }
    }
    for (k, d) in descs {
        define_or_throw(vm, o, k, d)?;
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(o) = args.get(0).as_object() else {
        return Err(vm.type_error("Object.defineProperties called on non-object"));
    };
    define_properties_from(vm, o, args.get(1))?;
    Ok(o.value())
}

/// FromPropertyDescriptor.
pub fn from_prop(vm: &mut Vm, p: Prop) -> Value {
    let o = new_object_with_proto(vm, Some(vm.realm.object_proto));
    let b = |x: bool| Value::bool(x);
    let attrs = p.attrs();
    let put = |vm: &mut Vm, name, v| {
        property::define_data(vm, o, PropKey::Atom(name), v, ir::attrs::DEFAULT)
            .expect("fresh object");
    };
    match p {
        Prop::Data { value, attrs } => {
            put(vm, atoms::VALUE, value);
            put(vm, atoms::WRITABLE, b(attrs & WRITABLE != 0));
        }
        Prop::Accessor { getter, setter, .. } => {
            put(vm, atoms::GET, getter);
            put(vm, atoms::SET, setter);
        }
    }
    put(vm, atoms::ENUMERABLE, b(attrs & ENUMERABLE != 0));
    put(vm, atoms::CONFIGURABLE, b(attrs & CONFIGURABLE != 0));
    o.value()
}

fn get_own_property_descriptor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let k = conv::to_property_key(vm, args.get(1))?;
    match property::get_own(vm, o, k) {
        Some(p) => Ok(from_prop(vm, p)),
        None => Ok(Value::UNDEFINED),
    }
}

fn get_own_property_descriptors(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let out = new_object_with_proto(vm, Some(vm.realm.object_proto));
    for k in property::own_keys(vm, o) {
        if let Some(p) = property::get_own(vm, o, k) {
            let d = from_prop(vm, p);
            property::define_data(vm, out, k, d, ir::attrs::DEFAULT)?;
        }
    }
    Ok(out.value())
}

fn freeze(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let Some(o) = args.get(0).as_object() {
        property::set_integrity(vm, o, true);
    }
    Ok(args.get(0))
}

fn is_frozen(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(match args.get(0).as_object() {
        Some(o) => property::test_integrity(vm, o, true),
        None => true,
    }))
}

fn seal(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let Some(o) = args.get(0).as_object() {
        property::set_integrity(vm, o, false);
    }
    Ok(args.get(0))
}

fn is_sealed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(match args.get(0).as_object() {
        Some(o) => property::test_integrity(vm, o, false),
        None => true,
    }))
}

fn prevent_extensions(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let Some(o) = args.get(0).as_object() {
        property::prevent_extensions(vm, o);
    }
    Ok(args.get(0))
}

fn is_extensible(_vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(
        args.get(0).as_object().is_some_and(property::is_extensible),
    ))
}

fn is(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::bool(ops::same_value(vm, args.get(0), args.get(1))))
}

fn from_entries(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let src = args.get(0);
    if src.is_nullish() {
        // V8 words RequireObjectCoercible's error this way, for null too.
        return Err(vm.type_error("undefined is not iterable"));
    }
    let out = new_object_with_proto(vm, Some(vm.realm.object_proto));
    let Some(it) = crate::call::for_of_start(vm, src) else {
        return Err(super::not_iterable(vm, src));
    };
    loop {
        let e = crate::call::for_of_next(vm, it)?;
        if e.is_hole() {
            break;
        }
        let Some(eo) = e.as_object() else {
            let shown = describe_for_message(vm, e);
            return Err(vm.type_error(&format!("Iterator value {shown} is not an entry object")));
        };
        let k = property::get(vm, eo, PropKey::Index(0), e)?;
        let v = property::get(vm, eo, PropKey::Index(1), e)?;
        let pk = conv::to_property_key(vm, k)?;
        property::define_data(vm, out, pk, v, ir::attrs::DEFAULT)?;
    }
    Ok(out.value())
}

/// Object.getOwnPropertySymbols: the engine has no symbols, so the list
/// is always empty (after ToObject, which still throws for null).
fn get_own_property_symbols(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    conv::to_object(vm, args.get(0))?;
    Ok(array::new_array(vm, 0).value())
}

/// Object.hasOwn(O, P).
fn has_own(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.get(0))?;
    let k = conv::to_property_key(vm, args.get(1))?;
    Ok(Value::bool(property::has_own(vm, o, k)))
}

/// __defineGetter__ / __defineSetter__ (Annex B.2.2.2-3).
fn define_accessor_legacy(vm: &mut Vm, args: &Args, setter: bool) -> JsResult<Value> {
    let o = conv::to_object(vm, args.this)?;
    let f = args.get(1);
    if !f.is_callable() {
        let which = if setter { "Setter" } else { "Getter" };
        return Err(vm.type_error(&format!(
            "Object.prototype.__define{which}__: Expecting function"
        )));
    }
    let mut desc = Descriptor {
        enumerable: Some(true),
        configurable: Some(true),
        ..Default::default()
    };
    if setter {
        desc.set = Some(f);
    } else {
        desc.get = Some(f);
    }
    let k = conv::to_property_key(vm, args.get(0))?;
    define_or_throw(vm, o, k, desc)?;
    Ok(Value::UNDEFINED)
}

fn define_getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    define_accessor_legacy(vm, args, false)
}

fn define_setter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    define_accessor_legacy(vm, args, true)
}

/// __lookupGetter__ / __lookupSetter__ (Annex B.2.2.4-5).
fn lookup_accessor_legacy(vm: &mut Vm, args: &Args, setter: bool) -> JsResult<Value> {
    let o = conv::to_object(vm, args.this)?;
    let k = conv::to_property_key(vm, args.get(0))?;
    let mut cur = Some(o);
    while let Some(x) = cur {
        if let Some(p) = property::get_own(vm, x, k) {
            return Ok(match p {
                Prop::Accessor {
                    getter, setter: s, ..
                } => {
                    if setter {
                        s
                    } else {
                        getter
                    }
                }
                Prop::Data { .. } => Value::UNDEFINED,
            });
        }
        cur = x.proto();
    }
    Ok(Value::UNDEFINED)
}

fn lookup_getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    lookup_accessor_legacy(vm, args, false)
}

fn lookup_setter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    lookup_accessor_legacy(vm, args, true)
}

fn has_own_property(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let k = conv::to_property_key(vm, args.get(0))?;
    let o = this_object(vm, args, "Object.prototype.hasOwnProperty")?;
    Ok(Value::bool(property::has_own(vm, o, k)))
}

fn is_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(mut v) = args.get(0).as_object() else {
        return Ok(Value::FALSE);
    };
    let o = this_object(vm, args, "Object.prototype.isPrototypeOf")?;
    while let Some(p) = v.proto() {
        if p == o {
            return Ok(Value::TRUE);
        }
        v = p;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let k = conv::to_property_key(vm, args.get(0))?;
    let o = this_object(vm, args, "Object.prototype.propertyIsEnumerable")?;
    Ok(Value::bool(
        property::get_own(vm, o, k).is_some_and(|p| p.enumerable()),
    ))
}

/// Object.prototype.toString.
pub fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let t = args.this;
    let tag = if t.is_undefined() {
        "Undefined"
    } else if t.is_null() {
        "Null"
    } else {
        let o = conv::to_object(vm, t)?;
        conv::to_string_tag(vm, o)
    };
    Ok(vm.new_str(&format!("[object {tag}]")))
}

fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.this.is_nullish() {
        return Err(vm.type_error("Object.prototype.toLocaleString called on null or undefined"));
    }
    let f = crate::property::get_value(vm, args.this, PropKey::Atom(atoms::TO_STRING))?;
    vm.call(f, args.this, &[])
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(this_object(vm, args, "Object.prototype.valueOf")?.value())
}

fn proto_getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = conv::to_object(vm, args.this)?;
    Ok(o.proto().map_or(Value::NULL, |p| p.value()))
}

fn proto_setter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.this.is_nullish() {
        return Err(vm.type_error("set Object.prototype.__proto__ called on null or undefined"));
    }
    let p = args.get(0);
    let Some(o) = args.this.as_object() else {
        return Ok(Value::UNDEFINED);
    };
    if !(p.is_object() || p.is_null()) {
        return Ok(Value::UNDEFINED);
    }
    set_proto_or_throw(vm, o, p.as_object())?;
    Ok(Value::UNDEFINED)
}

#[allow(dead_code)]
const _ATTRS: u8 = HIDDEN;
