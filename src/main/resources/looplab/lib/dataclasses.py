"""dataclasses: @dataclass builds __init__, __repr__, __eq__, ordering and frozen-ness from the class's
annotations, as CPython's does (here with closures instead of generated source)."""
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = '_FIELD'

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    text = repr(annotation)
    return text == 'typing.ClassVar' or text.startswith('typing.ClassVar[')


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


def _collect_fields(cls, kw_only):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    in_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith('KW_ONLY')):
            in_kw_only = True
            continue
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if _is_initvar(annotation):
            f._field_type = '_FIELD_INITVAR'
        if f.kw_only is MISSING:
            f.kw_only = in_kw_only
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             f'use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _check_default_order(cls, fields):
    seen_default = None
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')


def _make_init(cls, fields, frozen, has_post_init):
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword_only = [f for f in fields if f.init and f.kw_only]
    positional_names = [f.name for f in positional]
    accepted = {f.name for f in positional + keyword_only}
    assignments = _assignments(fields)
    initvar_names = [f.name for f in fields if f._field_type == '_FIELD_INITVAR']
    set_field = object.__setattr__ if frozen else setattr
    qualname = f'{cls.__qualname__}.__init__'
    every_field_positional = not keyword_only and assignments == [(name, _FROM_ARGUMENT, None)
                                                                   for name in positional_names]

    # The binding, defaults and assignments are worked out once per class, not per call: CPython compiles a
    # dedicated __init__ for the class, and every object of a dataclass goes through this one.
    def __init__(self, *args, **kwargs):
        if every_field_positional and not kwargs and len(args) == len(positional_names):
            for name, value in zip(positional_names, args):
                set_field(self, name, value)
            if has_post_init:
                self.__post_init__()
            return
        if len(args) > len(positional):
            raise TypeError(f'{qualname}() takes {len(positional) + 1} positional arguments but '
                            f'{len(args) + 1} were given')
        values = dict(zip(positional_names, args))
        for name, value in kwargs.items():
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
            if name not in accepted:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
            values[name] = value
        if len(values) < len(accepted):
            _fill_defaults(qualname, positional, keyword_only, values)
        for name, source, extra in assignments:
            if source is _FROM_ARGUMENT:
                set_field(self, name, values[name])
            elif source is _FROM_FACTORY:
                set_field(self, name, extra())
            else:
                set_field(self, name, extra)
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvar_names])
    __init__.__qualname__ = qualname
    return __init__


_FROM_ARGUMENT = 'argument'
_FROM_FACTORY = 'factory'
_FROM_DEFAULT = 'default'


def _assignments(fields):
    """(name, source, factory or default) of each attribute __init__ sets, in field order."""
    plan = []
    for f in fields:
        if f._field_type == '_FIELD_INITVAR':
            continue
        if f.init:
            plan.append((f.name, _FROM_ARGUMENT, None))
        elif f.default_factory is not MISSING:
            plan.append((f.name, _FROM_FACTORY, f.default_factory))
        elif f.default is not MISSING:
            plan.append((f.name, _FROM_DEFAULT, f.default))
    return plan


def _fill_defaults(qualname, positional, keyword_only, values):
    missing = []
    for f in positional + keyword_only:
        if f.name in values:
            continue
        if f.default_factory is not MISSING:
            values[f.name] = f.default_factory()
        elif f.default is not MISSING:
            values[f.name] = f.default
        else:
            missing.append(f)
    if missing:
        missing_pos = [f.name for f in missing if not f.kw_only]
        names = missing_pos or [f.name for f in missing]
        kind = 'positional' if missing_pos else 'keyword-only'
        quoted = [repr(n) for n in names]
        if len(quoted) == 1:
            text = quoted[0]
        elif len(quoted) == 2:
            text = f'{quoted[0]} and {quoted[1]}'
        else:
            text = ', '.join(quoted[:-1]) + f', and {quoted[-1]}'
        plural = 's' if len(names) > 1 else ''
        raise TypeError(f'{qualname}() missing {len(names)} required {kind} argument{plural}: {text}')


def _make_repr(fields):
    shown = [f for f in fields if f.repr and f._field_type == '_FIELD']
    active = set()

    def __repr__(self):
        key = (id(self),)
        if key in active:
            return '...'
        active.add(key)
        try:
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
        finally:
            active.discard(key)
        return f'{type(self).__qualname__}({body})'
    return __repr__


def _compared(fields):
    return [f for f in fields if f.compare and f._field_type == '_FIELD']


def _make_eq(fields):
    compared = _compared(fields)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, f.name) for f in compared) == \
                tuple(getattr(other, f.name) for f in compared)
        return NotImplemented
    return __eq__


def _make_order(fields, op):
    compared = _compared(fields)

    def compare(self, other):
        if other.__class__ is self.__class__:
            mine = tuple(getattr(self, f.name) for f in compared)
            theirs = tuple(getattr(other, f.name) for f in compared)
            if op == '<':
                return mine < theirs
            if op == '<=':
                return mine <= theirs
            if op == '>':
                return mine > theirs
            return mine >= theirs
        return NotImplemented
    return compare


def _make_hash(fields):
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash) and f._field_type == '_FIELD']

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))
    return __hash__


def _frozen_setattr(cls):
    def __setattr__(self, name, value):
        if type(self) is cls or name in cls.__dataclass_fields__:
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in cls.__dataclass_fields__:
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        object.__delattr__(self, name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    field_map = _collect_fields(cls, kw_only)
    fields = list(field_map.values())
    setattr(cls, '__dataclass_fields__', field_map)
    setattr(cls, '__dataclass_params__', (init, repr, eq, order, unsafe_hash, frozen))
    if init:
        _check_default_order(cls, fields)
        _set_new_attribute(cls, '__init__', _make_init(cls, fields, frozen, hasattr(cls, '__post_init__')))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(fields))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(fields))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _make_order(fields, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        setattr_fn, delattr_fn = _frozen_setattr(cls)
        setattr(cls, '__setattr__', setattr_fn)
        setattr(cls, '__delattr__', delattr_fn)
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            setattr(cls, '__hash__', _make_hash(fields))
    elif eq and not has_own_hash:
        setattr(cls, '__hash__', None)
    setattr(cls, '__match_args__', tuple(f.name for f in fields if f.init and not f.kw_only))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        field_map = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in field_map.values() if f._field_type == '_FIELD')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    # deepcopy returns these unchanged anyway; CPython 3.12 takes the same shortcut.
    if type(obj) in _ATOMIC_TYPES:
        return obj
    field_map = getattr(type(obj), '__dataclass_fields__', None)
    if field_map is not None:
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in field_map.values() if f._field_type == '_FIELD'])
    if type(obj) is list:
        return [_asdict_inner(v, dict_factory) for v in obj]
    if hasattr(obj, '_fields') and hasattr(obj, '_asdict'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


_ATOMIC_TYPES = frozenset(_copy._ATOMIC)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 f'replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    raise TypeError('make_dataclass() is not available in LoopLab; write the class with @dataclass')
