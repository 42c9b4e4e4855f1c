//! Creates the builtin type objects and the exception hierarchy of an
//! interpreter.

use crate::object::types::{TypeData, TypeKind};
use crate::object::{alloc, ObjData};
use crate::value::Value;

macro_rules! type_table {
    ($name:ident { $($field:ident : $pyname:literal = $kind:ident),* $(,)? }) => {
        /// The builtin types of one interpreter.
        pub struct $name {
            pub object: Value,
            $(pub $field: Value,)*
        }
        impl $name {
            fn make(object: &Value) -> $name {
                $name { object: object.clone(), $($field: new_type($pyname, TypeKind::$kind, object),)* }
            }
            /// (Python name, type) of every type that is a builtin name.
            pub fn all(&self) -> Vec<(&'static str, Value)> {
                vec![("object", self.object.clone()), $(($pyname, self.$field.clone()),)*]
            }
        }
    };
}

type_table!(Types {
    type_: "type" = Type,
    int: "int" = Int,
    bool_: "bool" = Bool,
    float: "float" = Float,
    str_: "str" = Str,
    list: "list" = List,
    tuple: "tuple" = Tuple,
    dict: "dict" = Dict,
    range: "range" = Range,
    slice: "slice" = Slice,
    none: "NoneType" = NoneType,
    ellipsis: "ellipsis" = Ellipsis,
    not_implemented: "NotImplementedType" = NotImplementedType,
    function: "function" = Function,
    builtin: "builtin_function_or_method" = Builtin,
    module: "module" = Module,
    code: "code" = Code,
    list_iterator: "list_iterator" = Iterator,
    tuple_iterator: "tuple_iterator" = Iterator,
    range_iterator: "range_iterator" = Iterator,
    longrange_iterator: "longrange_iterator" = Iterator,
    str_iterator: "str_ascii_iterator" = Iterator,
    dict_keyiterator: "dict_keyiterator" = Iterator,
    dict_valueiterator: "dict_valueiterator" = Iterator,
    dict_itemiterator: "dict_itemiterator" = Iterator,
    enumerate: "enumerate" = Iterator,
    zip: "zip" = Iterator,
    map: "map" = Iterator,
    callable_iterator: "callable_iterator" = Iterator,
    filter: "filter" = Iterator,
    reversed: "reversed" = Iterator,
    list_reverseiterator: "list_reverseiterator" = Iterator,
    dict_keys: "dict_keys" = DictKeys,
    dict_values: "dict_values" = DictValues,
    dict_items: "dict_items" = DictItems,
    iterator: "iterator" = Iterator,
    generator: "generator" = Generator,
    coroutine: "coroutine" = Generator,
    async_generator: "async_generator" = Generator,
    async_generator_asend: "async_generator_asend" = Iterator,
    async_generator_wrapped: "async_generator_wrapped_value" = Iterator,
    set: "set" = Set,
    frozenset: "frozenset" = FrozenSet,
    set_iterator: "set_iterator" = Iterator,
    traceback: "traceback" = Traceback,
    bytes: "bytes" = Bytes,
    complex: "complex" = Complex,
    generic_alias: "types.GenericAlias" = GenericAlias,
    union_type: "types.UnionType" = GenericAlias,
    text_io: "TextIOWrapper" = File,
    buffered_reader: "BufferedReader" = File,
    buffered_writer: "BufferedWriter" = File,
    bytearray: "bytearray" = ByteArray,
    memoryview: "memoryview" = MemoryView,
    bytes_iterator: "bytes_iterator" = Iterator,
    bytearray_iterator: "bytearray_iterator" = Iterator,
    cell: "cell" = Cell,
    method: "method" = Method,
    property: "property" = Property,
    staticmethod: "staticmethod" = StaticMethod,
    classmethod: "classmethod" = ClassMethod,
    super_: "super" = Super,
    member_descriptor: "member_descriptor" = Member,
    weakref: "weakref.ReferenceType" = WeakRef,
});

fn new_type(name: &str, kind: TypeKind, base: &Value) -> Value {
    let t = alloc(ObjData::Type(crate::object::types::TypeObj::new(
        TypeData::builtin(name, kind, base.clone()),
    )));
    let mut mro = vec![t.clone()];
    if let Some(b) = base.as_type() {
        mro.extend(b.mro.borrow().iter().cloned());
    }
    // A type listing itself in its own MRO is a cycle the collector frees at
    // teardown; types live as long as their interpreter anyway.
    *t.as_type().expect("just made").mro.borrow_mut() = mro;
    t
}

macro_rules! exc_table {
    ($root:ident; $($field:ident : $pyname:literal < $base:ident),* $(,)?) => {
        /// The builtin exception classes.
        pub struct ExcTypes {
            pub $root: Value,
            $(pub $field: Value,)*
        }
        impl ExcTypes {
            fn make(object: &Value) -> ExcTypes {
                let $root = new_type("BaseException", TypeKind::Exception, object);
                $(let $field = new_type($pyname, TypeKind::Exception, &$base);)*
                ExcTypes { $root, $($field,)* }
            }
            pub fn all(&self) -> Vec<(&'static str, Value)> {
                vec![("BaseException", self.$root.clone()), $(($pyname, self.$field.clone()),)*]
            }
        }
    };
}

exc_table!(
    base_exception;
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    exception: "Exception" < base_exception,
    stop_iteration: "StopIteration" < exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    reference_error: "ReferenceError" < exception,
    warning: "Warning" < exception,
    user_warning: "UserWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
);

pub fn make_types() -> (Types, ExcTypes) {
    let object = alloc(ObjData::Type(crate::object::types::TypeObj::new(
        TypeData::builtin("object", TypeKind::Object, Value::NULL),
    )));
    *object.as_type().expect("just made").mro.borrow_mut() = vec![object.clone()];
    let types = Types::make(&object);
    // bool derives from int.
    if let Some(b) = types.bool_.as_type() {
        b.mro.borrow_mut().insert(1, types.int.clone());
        *b.bases.borrow_mut() = crate::object::new_tuple(vec![types.int.clone()]);
    }
    let exc = ExcTypes::make(&object);
    (types, exc)
}
