//! Calling and constructing: `Vm::call`, `construct`, closures and class
//! objects, bound and native functions, `super(...)`, the `arguments`
//! object, and the for-in / for-of iterators.

use rustc_hash::FxHashSet;

use crate::atoms;
use crate::interp::{self, FuncInfo, func_info};
use crate::object::*;
use crate::ops;
use crate::property::{self, PropKey};
use crate::shape;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// A builtin implemented in Rust.
pub type NativeFn = fn(&mut Vm, &Args) -> JsResult<Value>;

/// The arguments of a native call.
pub struct Args<'a> {
    pub this: Value,
    pub args: &'a [Value],
    /// `undefined` for a plain call.
    pub new_target: Value,
    pub callee: ObjRef,
}

impl Args<'_> {
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        self.args.get(i).copied().unwrap_or(Value::UNDEFINED)
    }
    pub fn len(&self) -> usize {
        self.args.len()
    }
    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }
    pub fn is_construct(&self) -> bool {
        !self.new_target.is_undefined()
    }
}

/// Slot numbers of function properties in the realm's function shapes.
pub mod fslots {
    pub const LENGTH: u32 = 0;
    pub const NAME: u32 = 1;
    /// `prototype` of strict functions and classes.
    pub const PROTOTYPE: u32 = 2;
    /// `prototype` of sloppy functions (after `arguments` and `caller`).
    pub const PROTOTYPE_SLOPPY: u32 = 4;
}

impl Vm {
    /// Calls `f` with `this` and `args`.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        let base = self.stack.top;
        for &a in args {
            if !self.stack.push(a) {
                self.stack.truncate(base);
                return Err(self.range_error("Maximum call stack size exceeded"));
            }
        }
        let r = self.call_stack_args(f, this, base, args.len());
        self.stack.truncate(base);
        r
    }

    /// Calls `f` with the `argc` arguments on top of the value stack at `base`.
    pub fn call_stack_args(
        &mut self,
        f: Value,
        this: Value,
        base: usize,
        argc: usize,
    ) -> JsResult<Value> {
        let Some(o) = f.as_object() else {
            return Err(self.not_a_function(f));
        };
        match o.class() {
            Class::Function => interp::invoke(self, o, this, base, argc, Value::UNDEFINED),
            Class::NativeFunction => {
                let args = self.stack.slice(base, argc);
                self.call_native_fn(o, this, args)
            }
            Class::BoundFunction => {
                let target = o.word_value(0);
                let bound_this = o.word_value(1);
                let mut all = bound_args(o);
                all.extend_from_slice(self.stack.slice(base, argc));
                self.call(target, bound_this, &all)
            }
            _ => Err(self.not_a_function(f)),
        }
    }

    /// Calls built-in function `o` (class NativeFunction) with `args`,
    /// which must stay alive and put for the call (on the value stack, or
    /// in native code's frame, which the collector scans).
    #[inline]
    pub fn call_native_fn(&mut self, o: ObjRef, this: Value, args: &[Value]) -> JsResult<Value> {
        debug_assert_eq!(o.class(), Class::NativeFunction);
        if interp::native_stack_exhausted(self) {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let fp = o.word(0) as usize;
        // SAFETY: native function objects store a `NativeFn` pointer
        // in word 0 (see `builtins::new_native`).
        let native: NativeFn = unsafe { std::mem::transmute::<usize, NativeFn>(fp) };
        native(
            self,
            &Args {
                this,
                args,
                new_target: Value::UNDEFINED,
                callee: o,
            },
        )
    }

    /// "x is not a function" for a value with no call-site text.
    pub fn not_a_function(&mut self, f: Value) -> crate::vm::Thrown {
        let shown = crate::errors::describe_for_message(self, f);
        self.type_error(&format!("{shown} is not a function"))
    }

    /// Wraps a primitive in its object (ToObject for primitives).
    pub fn box_primitive(&mut self, v: Value) -> ObjRef {
        let shape = if v.is_string() {
            self.realm.string_box_shape
        } else if v.is_number() {
            self.realm.number_box_shape
        } else {
            self.realm.boolean_box_shape
        };
        let o = self.new_object_with_shape(shape);
        o.set_word_value(0, v);
        o
    }
}

fn bound_args(o: ObjRef) -> Vec<Value> {
    let arr = o.word_value(2).as_object().expect("bound arguments array");
    (0..arr.elem_len()).map(|i| arr.element(i)).collect()
}

/// A closure of `info` over `env` (with home object `home` for methods).
pub fn new_closure(vm: &mut Vm, info: &'static FuncInfo, env: Value, home: Value) -> ObjRef {
    use ir::FunctionKind as K;
    let (shape, proto_slot) = match info.kind {
        K::Normal if info.strict => (vm.realm.fn_shape_strict, Some(fslots::PROTOTYPE)),
        K::Normal => (vm.realm.fn_shape_sloppy, Some(fslots::PROTOTYPE_SLOPPY)),
        K::ClassConstructor | K::DerivedConstructor => {
            (vm.realm.fn_shape_class, Some(fslots::PROTOTYPE))
        }
        K::Script | K::Arrow | K::Method | K::Getter | K::Setter | K::FieldInit => {
            (vm.realm.fn_shape_method, None)
        }
    };
    let f = vm.new_object_with_shape(shape);
    f.set_word(0, info as *const FuncInfo as u64);
    f.set_word_value(1, env);
    f.set_word_value(2, home);
    f.set_word_value(3, Value::UNDEFINED);
    f.set_slot(fslots::LENGTH, Value::int(info.length as i32));
    f.set_slot(fslots::NAME, vm.atom_value(info.name));
    if shape == vm.realm.fn_shape_sloppy {
        f.set_slot(2, Value::NULL);
        f.set_slot(3, Value::NULL);
    }
    if let Some(ps) = proto_slot {
        if info.kind == K::Normal {
            let p = vm.new_object_with_shape(vm.realm.proto_object_shape);
            p.set_slot(0, f.value());
            f.set_slot(ps, p.value());
        } else {
            f.set_slot(ps, Value::UNDEFINED);
        }
    }
    f
}

/// Creates a class: its constructor `info` over `env`, extending `heritage`
/// (the hole: no `extends`).
pub fn make_class(
    vm: &mut Vm,
    info: &'static FuncInfo,
    env: Value,
    heritage: Value,
) -> JsResult<ObjRef> {
    let (proto_parent, ctor_parent) = if heritage.is_hole() {
        (Some(vm.realm.object_proto), vm.realm.function_proto)
    } else if heritage.is_null() {
        (None, vm.realm.function_proto)
    } else {
        let Some(h) = heritage.as_object().filter(|o| ops::is_constructor(*o)) else {
            let shown = crate::errors::describe_for_message(vm, heritage);
            return Err(vm.type_error(&format!(
                "Class extends value {shown} is not a constructor or null"
            )));
        };
        let pp = property::get(vm, h, PropKey::Atom(atoms::PROTOTYPE), heritage)?;
        if !(pp.is_object() || pp.is_null()) {
            let shown = crate::errors::describe_for_message(vm, pp);
            return Err(vm.type_error(&format!(
                "Class extends value does not have valid prototype property {shown}"
            )));
        }
        (pp.as_object(), h)
    };
    let proto_shape =
        shape::root_shape(vm, Class::Ordinary, proto_parent, shape::inline_cap_for(0));
    let proto = vm.new_object_with_shape(proto_shape);
    let f = new_closure(vm, info, env, proto.value());
    f.set_slot(fslots::PROTOTYPE, proto.value());
    if ctor_parent != vm.realm.function_proto {
        shape::set_prototype(vm, f, Some(ctor_parent));
    }
    property::define_data(
        vm,
        proto,
        PropKey::Atom(atoms::CONSTRUCTOR),
        f.value(),
        ir::attrs::HIDDEN,
    )?;
    Ok(f)
}

/// The properties that derived constructor `f` and its superclasses'
/// constructors below the base one (`base`) expect to add: the classes a
/// `super(...)` chain runs, found by the constructors' prototypes
/// (`class B extends A` makes A the prototype of B). Walked once per miss
/// of the shape cache, so at most a few levels.
fn expected_props_up_to(f: ObjRef, base: &FuncInfo) -> u32 {
    let mut n = func_info(f).expected_props;
    let mut c = f;
    for _ in 0..8 {
        match c.proto() {
            Some(p) if p.class() == Class::Function && !std::ptr::eq(func_info(p), base) => {
                n += func_info(p).expected_props;
                c = p;
            }
            _ => break,
        }
    }
    n
}

/// The object `new` creates for a base constructor: its prototype is
/// `new_target.prototype` (or Object.prototype when that is not an object).
pub fn ordinary_create(
    vm: &mut Vm,
    info: &'static FuncInfo,
    new_target: Value,
) -> JsResult<ObjRef> {
    let nt = new_target.as_object().expect("new.target is an object");
    let proto = match prototype_of_constructor(vm, nt)?.as_object() {
        Some(p) => p,
        None => vm.realm.object_proto,
    };
    // The cache lives with new.target: base constructors shared by several
    // derived classes would otherwise miss at every other call. Objects of
    // a derived class get inline room for the properties of every class
    // from it up to the base.
    let (owner, props) = match nt.class() {
        Class::Function if !std::ptr::eq(func_info(nt), info) => {
            let d = func_info(nt);
            (d, info.expected_props + expected_props_up_to(nt, info))
        }
        _ => (info, info.expected_props),
    };
    let (addr, cached) = owner.ctor_shape.get();
    let shape = if addr == proto.addr() && !cached.is_null() {
        // SAFETY: the cached shape is kept alive as a root of the module.
        unsafe { ShapeRef::from_raw(cached) }
    } else {
        let s = shape::root_shape(
            vm,
            Class::Ordinary,
            Some(proto),
            shape::inline_cap_for(props),
        );
        owner.ctor_shape.set((proto.addr(), s.ptr()));
        s
    };
    Ok(vm.new_object_with_shape(shape))
}

/// `f.prototype` for a constructor. A closure's `prototype` is never
/// deleted (it is non-configurable) and keeps the slot its creation shape
/// gave it through every later transition, so it is read directly.
#[inline]
pub fn prototype_of_constructor(vm: &mut Vm, f: ObjRef) -> JsResult<Value> {
    if let Some(s) = prototype_slot(f) {
        return Ok(f.slot(s));
    }
    property::get(vm, f, PropKey::Atom(atoms::PROTOTYPE), f.value())
}

/// The slot of closure constructor `f` that holds its `prototype`.
pub fn prototype_slot(f: ObjRef) -> Option<u32> {
    if f.class() != Class::Function {
        return None;
    }
    let info = func_info(f);
    let slot = match info.kind {
        ir::FunctionKind::Normal if !info.strict => fslots::PROTOTYPE_SLOPPY,
        ir::FunctionKind::Normal
        | ir::FunctionKind::ClassConstructor
        | ir::FunctionKind::DerivedConstructor => fslots::PROTOTYPE,
        _ => return None,
    };
    debug_assert_eq!(
        f.shape().lookup(atoms::PROTOTYPE).map(|e| e.slot),
        Some(slot)
    );
    Some(slot)
}

/// The built-in function at address `addr` (a value some feedback
/// recorded), if a live one is there now.
pub fn live_native(vm: &Vm, addr: usize) -> Option<ObjRef> {
    live_function(vm, addr, Class::NativeFunction)
}

/// The closure at address `addr` (a value some feedback recorded), if a
/// live closure is there now.
pub fn live_closure(vm: &Vm, addr: usize) -> Option<ObjRef> {
    live_function(vm, addr, Class::Function)
}

fn live_function(vm: &Vm, addr: usize, class: Class) -> Option<ObjRef> {
    let cell = vm.heap.find_cell(addr)?;
    if cell as usize != addr {
        return None;
    }
    // SAFETY: `cell` is a live cell, and when its kind says so, a live
    // object.
    unsafe {
        if (*cell).kind != crate::heap::CellKind::Object {
            return None;
        }
        Some(ObjRef::from_raw(cell)).filter(|o| o.class() == class)
    }
}

/// What `ordinary_create` gives a base constructor's `this` when
/// new.target is `nt`, as long as `nt.prototype` is still `proto` (at slot
/// `proto_slot` of `nt`): an object of `shape`. Native code allocates it
/// inline. None until `ordinary_create` has filled `nt`'s cache.
pub struct NewPlan {
    pub proto: ObjRef,
    pub proto_slot: u32,
    pub shape: ShapeRef,
}

pub fn new_plan(nt: ObjRef) -> Option<NewPlan> {
    let proto_slot = prototype_slot(nt)?;
    let proto = nt.slot(proto_slot).as_object()?;
    // `ordinary_create` keeps the cache in new.target's info.
    let (addr, cached) = func_info(nt).ctor_shape.get();
    if addr != proto.addr() || cached.is_null() {
        return None;
    }
    // SAFETY: the cached shape is kept alive as a root of the module.
    let shape = unsafe { ShapeRef::from_raw(cached) };
    Some(NewPlan {
        proto,
        proto_slot,
        shape,
    })
}

/// `new f(...args)` with `new_target`.
pub fn construct(vm: &mut Vm, f: ObjRef, args: &[Value], new_target: Value) -> JsResult<Value> {
    let base = vm.stack.top;
    for &a in args {
        if !vm.stack.push(a) {
            vm.stack.truncate(base);
            return Err(vm.range_error("Maximum call stack size exceeded"));
        }
    }
    let r = construct_stack_args(vm, f, base, args.len(), new_target);
    vm.stack.truncate(base);
    r
}

/// `construct` with the arguments on top of the value stack.
pub fn construct_stack_args(
    vm: &mut Vm,
    f: ObjRef,
    base: usize,
    argc: usize,
    new_target: Value,
) -> JsResult<Value> {
    match f.class() {
        Class::Function => {
            let info = func_info(f);
            if info.kind == ir::FunctionKind::DerivedConstructor {
                return interp::invoke(vm, f, Value::HOLE, base, argc, new_target);
            }
            let this = ordinary_create(vm, info, new_target)?;
            let r = interp::invoke(vm, f, this.value(), base, argc, new_target)?;
            Ok(if r.is_object() { r } else { this.value() })
        }
        Class::NativeFunction => {
            let fp = f.word(0) as usize;
            // SAFETY: native function objects store a `NativeFn` in word 0.
            let native: NativeFn = unsafe { std::mem::transmute::<usize, NativeFn>(fp) };
            let args = vm.stack.slice(base, argc);
            native(
                vm,
                &Args {
                    this: Value::UNDEFINED,
                    args,
                    new_target,
                    callee: f,
                },
            )
        }
        Class::BoundFunction => {
            let target = f.word_value(0).as_object().expect("bound target");
            let mut all = bound_args(f);
            all.extend_from_slice(vm.stack.slice(base, argc));
            let nt = if new_target == f.value() {
                target.value()
            } else {
                new_target
            };
            construct(vm, target, &all, nt)
        }
        _ => Err(vm.not_a_function(f.value())),
    }
}

/// `super(...args)` in the derived constructor `active`.
pub fn super_call(
    vm: &mut Vm,
    active: ObjRef,
    new_target: Value,
    args: &[Value],
) -> JsResult<Value> {
    let parent = active.proto();
    match parent.filter(|p| ops::is_constructor(*p)) {
        Some(p) => construct(vm, p, args, new_target),
        None => {
            // V8 names a missing super constructor (or Function.prototype,
            // which `extends null` leaves as the class's prototype) "null".
            let shown = match parent {
                Some(p) if p != vm.realm.function_proto => {
                    crate::errors::describe_for_message(vm, p.value())
                }
                _ => "null".into(),
            };
            let name = vm.atom_text(func_info(active).name);
            let name = if name.is_empty() {
                "anonymous class".into()
            } else {
                name
            };
            Err(vm.type_error(&format!(
                "Super constructor {shown} of {name} is not a constructor"
            )))
        }
    }
}

/// A fresh (unmapped) `arguments` object.
pub fn new_arguments(vm: &mut Vm, args: &[Value], callee: ObjRef, strict: bool) -> ObjRef {
    let shape = if strict {
        vm.realm.arguments_shape_strict
    } else {
        vm.realm.arguments_shape
    };
    let o = vm.new_object_with_shape(shape);
    o.set_slot(0, Value::int(args.len() as i32));
    if !strict {
        o.set_slot(1, callee.value());
    }
    let bytes = o.reserve_elements(args.len() as u32);
    vm.heap.note_external(bytes);
    o.set_dense_len(args.len() as u32);
    for (i, &a) in args.iter().enumerate() {
        o.set_element(i as u32, a);
    }
    o
}

// ---------------------------------------------------------------- for-in

/// Starts `for (k in v)`: snapshots the enumerable string keys along the chain.
pub fn for_in_start(vm: &mut Vm, v: Value) -> JsResult<ObjRef> {
    let it = vm.new_object_with_shape(vm.realm.iterator_shape(Class::ForInIterator));
    let keys = crate::builtins::array::new_array(vm, 0);
    it.set_word_value(0, keys.value());
    it.set_word_value(2, Value::int(0));
    if v.is_nullish() {
        return Ok(it);
    }
    let obj = crate::conv::to_object(vm, v)?;
    it.set_word_value(1, obj.value());
    let mut seen: FxHashSet<PropKey> = FxHashSet::default();
    let mut o = Some(obj);
    while let Some(x) = o {
        for k in property::own_keys(vm, x) {
            if !seen.insert(k) {
                continue;
            }
            if property::get_own(vm, x, k).is_some_and(|p| p.enumerable()) {
                let s = k.to_value(vm);
                crate::builtins::array::push_value(vm, keys, s);
            }
        }
        o = x.proto();
    }
    Ok(it)
}

/// The next key of a for-in iterator, or the hole when done. Keys deleted
/// since the start are skipped.
pub fn for_in_next(vm: &mut Vm, it: ObjRef) -> Value {
    let keys = it.word_value(0).as_object().expect("for-in keys");
    let Some(obj) = it.word_value(1).as_object() else {
        return Value::HOLE;
    };
    loop {
        let i = it.word_value(2).as_int() as u32;
        if i >= keys.elem_len() {
            return Value::HOLE;
        }
        it.set_word_value(2, Value::int(i as i32 + 1));
        let k = keys.element(i);
        let s = k.as_string().expect("for-in key string");
        let pk = PropKey::from_units(vm, s.units());
        if property::has_property(vm, obj, pk) {
            return k;
        }
    }
}

// ---------------------------------------------------------------- for-of

/// Starts `for (x of v)` over an array, arguments object or string; `None`
/// when `v` is not iterable.
pub fn for_of_start(vm: &mut Vm, v: Value) -> Option<ObjRef> {
    let kind = if v.is_string() {
        1
    } else {
        match v.as_object()?.class() {
            Class::Array | Class::Arguments => 0,
            Class::StringBox => 2,
            _ => return None,
        }
    };
    let it = vm.new_object_with_shape(vm.realm.iterator_shape(Class::ForOfIterator));
    it.set_word_value(0, v);
    it.set_word_value(1, Value::int(0));
    it.set_word(2, kind);
    Some(it)
}

/// The next value of a for-of iterator, or the hole when done.
pub fn for_of_next(vm: &mut Vm, it: ObjRef) -> JsResult<Value> {
    let target = it.word_value(0);
    let i = it.word_value(1).as_int();
    if i < 0 {
        return Ok(Value::HOLE);
    }
    let i = i as u32;
    let kind = it.word(2);
    let s = if kind == 1 {
        target.as_string()
    } else if kind == 2 {
        target.as_object().unwrap().word_value(0).as_string()
    } else {
        None
    };
    if let Some(s) = s {
        let units = s.units();
        if i as usize >= units.len() {
            it.set_word_value(1, Value::int(-1));
            return Ok(Value::HOLE);
        }
        let c = units[i as usize];
        let n = if (0xD800..0xDC00).contains(&c)
            && (i as usize + 1) < units.len()
            && (0xDC00..0xE000).contains(&units[i as usize + 1])
        {
            2
        } else {
            1
        };
        it.set_word_value(1, Value::int((i + n) as i32));
        let piece = &units[i as usize..(i + n) as usize];
        return Ok(vm.string_value(piece));
    }
    let obj = target.as_object().expect("for-of target");
    let len = if obj.class() == Class::Array {
        obj.array_length() as f64
    } else {
        let l = property::get(vm, obj, PropKey::Atom(atoms::LENGTH), target)?;
        crate::conv::to_length(vm, l)?
    };
    if i as f64 >= len {
        it.set_word_value(1, Value::int(-1));
        return Ok(Value::HOLE);
    }
    it.set_word_value(1, Value::int(i as i32 + 1));
    interp::get_elem_value(vm, target, PropKey::Index(i))
}
