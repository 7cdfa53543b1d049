//! The realm: the global object, the intrinsic prototypes, and the shapes
//! every new object starts from (prebuilt so creating a function, an array
//! or an `arguments` object is one allocation plus slot stores).

use ir::attrs::{CONFIGURABLE, HIDDEN, WRITABLE};

use crate::atoms;
use crate::errors::ErrorType;
use crate::object::*;
use crate::shape;
use crate::value::Value;
use crate::vm::Vm;

pub struct Realm {
    pub ready: bool,
    pub global: ObjRef,
    pub object_proto: ObjRef,
    pub function_proto: ObjRef,
    pub array_proto: ObjRef,
    pub string_proto: ObjRef,
    pub number_proto: ObjRef,
    pub boolean_proto: ObjRef,
    pub error_proto: ObjRef,
    pub type_error_proto: ObjRef,
    pub range_error_proto: ObjRef,
    pub reference_error_proto: ObjRef,
    pub syntax_error_proto: ObjRef,
    pub eval_error_proto: ObjRef,
    pub uri_error_proto: ObjRef,
    /// `{}`: Object.prototype, four inline slots.
    pub empty_object_shape: ShapeRef,
    /// A function's fresh `prototype` object: `{ constructor }`.
    pub proto_object_shape: ShapeRef,
    /// Sloppy `function`s: length, name, arguments, caller, prototype.
    pub fn_shape_sloppy: ShapeRef,
    /// Strict `function`s: length, name, prototype.
    pub fn_shape_strict: ShapeRef,
    /// Arrows, methods, accessors: length, name.
    pub fn_shape_method: ShapeRef,
    /// Class constructors: length, name, prototype (read-only).
    pub fn_shape_class: ShapeRef,
    pub native_fn_shape: ShapeRef,
    pub bound_fn_shape: ShapeRef,
    pub array_shape: ShapeRef,
    pub arguments_shape: ShapeRef,
    pub arguments_shape_strict: ShapeRef,
    pub string_box_shape: ShapeRef,
    pub number_box_shape: ShapeRef,
    pub boolean_box_shape: ShapeRef,
    /// Pseudo shapes standing for primitive receivers in caches.
    pub string_shape: ShapeRef,
    pub number_shape: ShapeRef,
    pub boolean_shape: ShapeRef,
    pub for_in_shape: ShapeRef,
    pub for_of_shape: ShapeRef,
}

impl Realm {
    /// An unusable realm for the moment before `init` runs.
    pub fn placeholder() -> Realm {
        // Dangling references that are never dereferenced
        // before `init` replaces them (`ready` is false until then).
        let o = ObjRef::dangling();
        let s = ShapeRef::dangling();
        Realm {
            ready: false,
            global: o,
            object_proto: o,
            function_proto: o,
            array_proto: o,
            string_proto: o,
            number_proto: o,
            boolean_proto: o,
            error_proto: o,
            type_error_proto: o,
            range_error_proto: o,
            reference_error_proto: o,
            syntax_error_proto: o,
            eval_error_proto: o,
            uri_error_proto: o,
            empty_object_shape: s,
            proto_object_shape: s,
            fn_shape_sloppy: s,
            fn_shape_strict: s,
            fn_shape_method: s,
            fn_shape_class: s,
            native_fn_shape: s,
            bound_fn_shape: s,
            array_shape: s,
            arguments_shape: s,
            arguments_shape_strict: s,
            string_box_shape: s,
            number_box_shape: s,
            boolean_box_shape: s,
            string_shape: s,
            number_shape: s,
            boolean_shape: s,
            for_in_shape: s,
            for_of_shape: s,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if !self.ready {
            return;
        }
        for o in [
            self.global,
            self.object_proto,
            self.function_proto,
            self.array_proto,
            self.string_proto,
            self.number_proto,
            self.boolean_proto,
            self.error_proto,
            self.type_error_proto,
            self.range_error_proto,
            self.reference_error_proto,
            self.syntax_error_proto,
            self.eval_error_proto,
            self.uri_error_proto,
        ] {
            f(o.value());
        }
        for s in [
            self.empty_object_shape,
            self.proto_object_shape,
            self.fn_shape_sloppy,
            self.fn_shape_strict,
            self.fn_shape_method,
            self.fn_shape_class,
            self.native_fn_shape,
            self.bound_fn_shape,
            self.array_shape,
            self.arguments_shape,
            self.arguments_shape_strict,
            self.string_box_shape,
            self.number_box_shape,
            self.boolean_box_shape,
            self.string_shape,
            self.number_shape,
            self.boolean_shape,
            self.for_in_shape,
            self.for_of_shape,
        ] {
            f(s.value());
        }
    }

    /// The prototype a primitive's properties come from (None: undefined, null).
    #[inline]
    pub fn proto_of_primitive(&self, v: Value) -> Option<ObjRef> {
        if v.is_string() {
            Some(self.string_proto)
        } else if v.is_number() {
            Some(self.number_proto)
        } else if v.is_bool() {
            Some(self.boolean_proto)
        } else {
            None
        }
    }

    /// The pseudo shape of a primitive for caches (None: undefined, null).
    #[inline]
    pub fn primitive_shape(&self, v: Value) -> Option<ShapeRef> {
        if v.is_string() {
            Some(self.string_shape)
        } else if v.is_number() {
            Some(self.number_shape)
        } else if v.is_bool() {
            Some(self.boolean_shape)
        } else {
            None
        }
    }

    pub fn error_proto_of(&self, ty: ErrorType) -> ObjRef {
        match ty {
            ErrorType::Error => self.error_proto,
            ErrorType::TypeError => self.type_error_proto,
            ErrorType::RangeError => self.range_error_proto,
            ErrorType::ReferenceError => self.reference_error_proto,
            ErrorType::SyntaxError => self.syntax_error_proto,
            ErrorType::EvalError => self.eval_error_proto,
            ErrorType::UriError => self.uri_error_proto,
        }
    }

    pub fn iterator_shape(&self, class: Class) -> ShapeRef {
        if class == Class::ForInIterator {
            self.for_in_shape
        } else {
            self.for_of_shape
        }
    }
}

/// The initial shape of error objects with prototype `proto`.
pub fn error_shape(vm: &mut Vm, proto: ObjRef) -> ShapeRef {
    shape::root_shape(vm, Class::Error, Some(proto), 2)
}

fn with_props(vm: &mut Vm, mut s: ShapeRef, props: &[(crate::string::Atom, u8)]) -> ShapeRef {
    for &(k, a) in props {
        s = shape::add_transition(vm, s, k, a);
    }
    s
}

fn pseudo_shape(vm: &mut Vm, proto: ObjRef) -> ShapeRef {
    let s = vm.new_shape_cell(Class::Ordinary, Some(proto), 0, ShapeData::default());
    s.set_flags(sflags::PRIMITIVE);
    s
}

/// Builds the realm, then installs the builtins.
pub fn init(vm: &mut Vm) {
    let object_proto = {
        let s = shape::root_shape(vm, Class::Ordinary, None, 4);
        vm.new_object_with_shape(s)
    };
    let function_proto = {
        let root = shape::root_shape(vm, Class::NativeFunction, Some(object_proto), 2);
        let s = with_props(
            vm,
            root,
            &[(atoms::LENGTH, CONFIGURABLE), (atoms::NAME, CONFIGURABLE)],
        );
        let f = vm.new_object_with_shape(s);
        f.set_word(
            0,
            crate::builtins::function::function_proto_call as crate::call::NativeFn as usize as u64,
        );
        f.set_slot(0, Value::int(0));
        f.set_slot(1, vm.empty_string);
        f
    };
    let make = |vm: &mut Vm, class: Class, proto: ObjRef| {
        let s = shape::root_shape(vm, class, Some(proto), 4);
        vm.new_object_with_shape(s)
    };
    let array_proto = make(vm, Class::Array, object_proto);
    let string_proto = make(vm, Class::StringBox, object_proto);
    string_proto.set_word_value(0, vm.empty_string);
    let number_proto = make(vm, Class::NumberBox, object_proto);
    number_proto.set_word_value(0, Value::int(0));
    let boolean_proto = make(vm, Class::BooleanBox, object_proto);
    boolean_proto.set_word_value(0, Value::FALSE);
    let error_proto = make(vm, Class::Ordinary, object_proto);
    let type_error_proto = make(vm, Class::Ordinary, error_proto);
    let range_error_proto = make(vm, Class::Ordinary, error_proto);
    let reference_error_proto = make(vm, Class::Ordinary, error_proto);
    let syntax_error_proto = make(vm, Class::Ordinary, error_proto);
    let eval_error_proto = make(vm, Class::Ordinary, error_proto);
    let uri_error_proto = make(vm, Class::Ordinary, error_proto);
    // The global object keeps its properties inline: global variable
    // accesses are one load after the cache's shape check.
    let global = {
        let s = shape::root_shape(vm, Class::Ordinary, Some(object_proto), 128);
        vm.new_object_with_shape(s)
    };

    let empty_object_shape = shape::root_shape(
        vm,
        Class::Ordinary,
        Some(object_proto),
        shape::inline_cap_for(0),
    );
    let proto_object_shape = with_props(vm, empty_object_shape, &[(atoms::CONSTRUCTOR, HIDDEN)]);
    let fn_root =
        |vm: &mut Vm, cap: u8| shape::root_shape(vm, Class::Function, Some(function_proto), cap);
    let r5 = fn_root(vm, 5);
    let fn_shape_sloppy = with_props(
        vm,
        r5,
        &[
            (atoms::LENGTH, CONFIGURABLE),
            (atoms::NAME, CONFIGURABLE),
            (atoms::ARGUMENTS, 0),
            (atoms::CALLER, 0),
            (atoms::PROTOTYPE, WRITABLE),
        ],
    );
    let r3 = fn_root(vm, 3);
    let fn_shape_strict = with_props(
        vm,
        r3,
        &[
            (atoms::LENGTH, CONFIGURABLE),
            (atoms::NAME, CONFIGURABLE),
            (atoms::PROTOTYPE, WRITABLE),
        ],
    );
    let fn_shape_class = with_props(
        vm,
        r3,
        &[
            (atoms::LENGTH, CONFIGURABLE),
            (atoms::NAME, CONFIGURABLE),
            (atoms::PROTOTYPE, 0),
        ],
    );
    let r2 = fn_root(vm, 2);
    let fn_shape_method = with_props(
        vm,
        r2,
        &[(atoms::LENGTH, CONFIGURABLE), (atoms::NAME, CONFIGURABLE)],
    );
    let nroot = shape::root_shape(vm, Class::NativeFunction, Some(function_proto), 2);
    let native_fn_shape = with_props(
        vm,
        nroot,
        &[(atoms::LENGTH, CONFIGURABLE), (atoms::NAME, CONFIGURABLE)],
    );
    let broot = shape::root_shape(vm, Class::BoundFunction, Some(function_proto), 2);
    let bound_fn_shape = with_props(
        vm,
        broot,
        &[(atoms::LENGTH, CONFIGURABLE), (atoms::NAME, CONFIGURABLE)],
    );
    let array_shape = shape::root_shape(vm, Class::Array, Some(array_proto), 0);
    let aroot = shape::root_shape(vm, Class::Arguments, Some(object_proto), 2);
    let arguments_shape = with_props(
        vm,
        aroot,
        &[(atoms::LENGTH, HIDDEN), (atoms::CALLEE, HIDDEN)],
    );
    let arguments_shape_strict = with_props(vm, aroot, &[(atoms::LENGTH, HIDDEN)]);
    let string_box_shape = shape::root_shape(vm, Class::StringBox, Some(string_proto), 0);
    let number_box_shape = shape::root_shape(vm, Class::NumberBox, Some(number_proto), 0);
    let boolean_box_shape = shape::root_shape(vm, Class::BooleanBox, Some(boolean_proto), 0);
    let string_shape = pseudo_shape(vm, string_proto);
    let number_shape = pseudo_shape(vm, number_proto);
    let boolean_shape = pseudo_shape(vm, boolean_proto);
    let for_in_shape = shape::root_shape(vm, Class::ForInIterator, None, 0);
    let for_of_shape = shape::root_shape(vm, Class::ForOfIterator, None, 0);

    vm.realm = Realm {
        ready: true,
        global,
        object_proto,
        function_proto,
        array_proto,
        string_proto,
        number_proto,
        boolean_proto,
        error_proto,
        type_error_proto,
        range_error_proto,
        reference_error_proto,
        syntax_error_proto,
        eval_error_proto,
        uri_error_proto,
        empty_object_shape,
        proto_object_shape,
        fn_shape_sloppy,
        fn_shape_strict,
        fn_shape_method,
        fn_shape_class,
        native_fn_shape,
        bound_fn_shape,
        array_shape,
        arguments_shape,
        arguments_shape_strict,
        string_box_shape,
        number_box_shape,
        boolean_box_shape,
        string_shape,
        number_shape,
        boolean_shape,
        for_in_shape,
        for_of_shape,
    };
    crate::builtins::install(vm);
}
