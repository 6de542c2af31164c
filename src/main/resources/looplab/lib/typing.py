"""typing: the names programs import for annotations. Annotations are not checked; subscripting works and
the results print as CPython prints them."""

TYPE_CHECKING = False
_UnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if type(other) is _UnionType and self.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return (isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if not self.__args__:
            return f'typing.{name}'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = '[' + ', '.join(_type_repr(a) for a in self.__args__[0]) + ']'
            return f'typing.Callable[{params}, {_type_repr(self.__args__[1])}]'
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        return f'typing.{name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(self, params)
        return _GenericAlias(self, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __repr__(self):
        return f'typing.{self._name}'


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        members = p.__args__ if type(p) is _UnionType else (p,)
        for m in members:
            m = type(None) if m is None else m
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        return _GenericAlias(form, (other, type(None)), 'Optional')
    return _GenericAlias(form, tuple(flat), 'Union')


def _optional(form, param):
    return Union[param, None]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')


def _alias(origin, name):
    return _GenericAlias(origin, (), name)


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Tuple = _alias(tuple, 'Tuple')
Type = _alias(type, 'Type')
Callable = _alias(object, 'Callable')
Awaitable = _alias(object, 'Awaitable')
Coroutine = _alias(object, 'Coroutine')
AsyncIterable = _alias(object, 'AsyncIterable')
AsyncIterator = _alias(object, 'AsyncIterator')
AsyncGenerator = _alias(object, 'AsyncGenerator')
Iterable = _alias(object, 'Iterable')
Iterator = _alias(object, 'Iterator')
Generator = _alias(object, 'Generator')
Sequence = _alias(object, 'Sequence')
MutableSequence = _alias(object, 'MutableSequence')
Mapping = _alias(object, 'Mapping')
MutableMapping = _alias(object, 'MutableMapping')
Collection = _alias(object, 'Collection')
Container = _alias(object, 'Container')
Hashable = _alias(object, 'Hashable')
Sized = _alias(object, 'Sized')
Reversible = _alias(object, 'Reversible')
AbstractSet = _alias(object, 'AbstractSet')
MutableSet = _alias(object, 'MutableSet')
ItemsView = _alias(object, 'ItemsView')
KeysView = _alias(object, 'KeysView')
ValuesView = _alias(object, 'ValuesView')
ContextManager = _alias(object, 'ContextManager')
AsyncContextManager = _alias(object, 'AsyncContextManager')
DefaultDict = _alias(object, 'DefaultDict')
OrderedDict = _alias(object, 'OrderedDict')
Counter = _alias(object, 'Counter')
Deque = _alias(object, 'Deque')
ChainMap = _alias(object, 'ChainMap')
Pattern = _alias(object, 'Pattern')
Match = _alias(object, 'Match')
Text = str
AnyStr = None  # replaced below, once TypeVar exists


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __or__(self, other):
        return Union[self, other]

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes if False else str, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = object()
        self.kwargs = object()

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    """Subclassing Generic[T] gives a class; the parameters are accepted and not checked."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def no_type_check(arg):
    return arg


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write(f'Runtime type is {type(obj).__name__!r}\n')
    return obj


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: t for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    """Makes the class statement class P(NamedTuple) a namedtuple of its annotated fields, as CPython's."""

    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError(
                    'can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        # update from user namespace without overriding special namedtuple attributes
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]), or the class statement class P(NamedTuple)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    import _looplab
    try:
        module = _looplab.caller(1)[0]
        module = '__main__' if module.endswith('.py') and not module.startswith('<looplab>') else module
    except Exception:
        module = '__main__'
    return _make_nmtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def TypedDict(typename, fields=None, *, total=True, **kwargs):
    return dict
