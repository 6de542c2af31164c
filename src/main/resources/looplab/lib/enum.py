"""enum: Enum, IntEnum, StrEnum, Flag, auto, unique.

CPython builds members in the metaclass EnumType.__new__; here Enum's __init_subclass__ builds them, and
EnumType (a metaclass, attached to Enum through _looplab and inherited by every enum class) supplies what
applies to the classes themselves: iteration, len, lookup by value and name."""
import _looplab

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']


class auto:
    _counter = 0

    def __init__(self):
        self.value = _auto_null
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % self.value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, (classmethod, staticmethod, property)) or (callable(obj) and not isinstance(obj, auto)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class EnumType(type):
    """The metaclass of enum classes: these methods apply to the class itself (Color, not Color.RED)."""

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return _functional_api(cls, value, names, start)
        if not cls._member_map_ and cls._is_base_:
            raise TypeError(f'{cls.__name__}() takes a member value; {cls.__name__} has no members')
        return cls._lookup_value(value)

    def __iter__(cls):
        return iter(list(cls._member_list_))

    def __reversed__(cls):
        return reversed(list(cls._member_list_))

    def __len__(cls):
        return len(cls._member_list_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return any(m._value_ == member for m in cls._member_list_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if cls.__dict__.get('_is_base_', False):
            return f"<flag '{cls.__name__}'>" if issubclass(cls, Flag) else f"<enum '{cls.__name__}'>"
        return f"<flag '{cls.__name__}'>" if issubclass(cls, Flag) else f"<enum '{cls.__name__}'>"

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


class Enum:
    _member_map_ = {}
    _member_list_ = []
    _value2member_map_ = {}
    _is_base_ = True

    def __init_subclass__(cls, **kwds):
        cls._is_base_ = False
        cls._member_map_ = {}
        cls._member_list_ = []
        cls._value2member_map_ = {}
        candidates = [(name, value) for name, value in list(cls.__dict__.items())
                      if not _is_dunder(name) and not _is_sunder(name) and not _is_descriptor(value)
                      and not name.startswith('_' + cls.__name__ + '__')]
        ignore = cls.__dict__.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name, value in candidates:
            if name in ignore:
                delattr(cls, name)
                continue
            if isinstance(value, type):
                continue
            if cls._member_list_ and cls._member_list_[0].__class__ is not cls:
                pass
            cls._add_member(name, value)

    @classmethod
    def _add_member(cls, name, value):
        if name in cls._member_map_:
            raise TypeError(f"'{name}' already defined as {cls._member_map_[name]._value_!r}")
        if isinstance(value, auto):
            if value.value is _auto_null:
                last_values = [m._value_ for m in cls._member_list_]
                value.value = cls._generate_next_value_(name, 1, len(cls._member_list_), last_values)
            value = value.value
        value = cls._coerce_value(value)
        for member in cls._member_list_:
            if member._value_ == value:
                cls._member_map_[name] = member
                setattr(cls, name, member)
                return
        member = cls._new_member(value)
        member._name_ = name
        member._value_ = value
        member.__objclass__ = cls
        init = cls.__dict__.get('__init__') or _find_init(cls)
        if init is not None:
            args = value if isinstance(value, tuple) else (value,)
            init(member, *args)
        member._sort_order_ = len(cls._member_list_)
        cls._member_map_[name] = member
        cls._member_list_.append(member)
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        setattr(cls, name, member)

    @classmethod
    def _coerce_value(cls, value):
        return value

    @classmethod
    def _new_member(cls, value):
        return object.__new__(cls)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1 if all(isinstance(v, int) for v in last_values) \
                else last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _lookup_value(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_list_:
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<{self.__class__.__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setattr__(self, name, value):
        if name in ('name', 'value'):
            raise AttributeError(f"cannot set attribute '{name}'")
        object.__setattr__(self, name, value)


def _find_init(cls):
    for klass in cls.__mro__:
        if klass in (Enum, IntEnum, StrEnum, Flag, IntFlag, object, ReprEnum):
            return None
        if '__init__' in klass.__dict__:
            return klass.__dict__['__init__']
    return None


_looplab.set_metatype(Enum, EnumType)


class ReprEnum(Enum):
    pass


class _NumberMixin:
    """What IntEnum members borrow from int (LoopLab classes cannot derive from int)."""

    def __int__(self):
        return int(self._value_)

    def __index__(self):
        return int(self._value_)

    def __float__(self):
        return float(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __neg__(self):
        return -self._value_

    def __bool__(self):
        return bool(self._value_)


def _plain(value):
    return value._value_ if isinstance(value, Enum) else value


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints: each member IS an int (int.__new__(cls, value)), so
    arithmetic, comparisons, hashing and isinstance(m, int) are int's; repr is Enum's, str() and format() int's
    (CPython's EnumType puts int.__repr__ and int.__format__ there for ReprEnum)."""

    @classmethod
    def _coerce_value(cls, value):
        return int(value)

    @classmethod
    def _new_member(cls, value):
        return int.__new__(cls, value)

    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __hash__(self):
        return hash(int(self))

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strs: each member IS a str (str.__new__(cls, value)), so
    comparisons, hashing, the str methods and isinstance(m, str) are str's; repr is Enum's, str() and format()
    the value (as CPython 3.11)."""

    @classmethod
    def _coerce_value(cls, value):
        if not isinstance(value, str):
            raise TypeError(f'{value!r} is not a string')
        return value

    @classmethod
    def _new_member(cls, value):
        return str.__new__(cls, value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    __repr__ = Enum.__repr__

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls)
        names = [m._name_ for m in cls._member_list_ if m._value_ and m._value_ & value == m._value_]
        member._name_ = '|'.join(names) if names else None
        member._value_ = value
        return member

    def __or__(self, other):
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        return self.__class__(self._value_ ^ other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter([m for m in self.__class__._member_list_ if m._value_ and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(iter(self)))

    def __eq__(self, other):
        return isinstance(other, self.__class__) and self._value_ == other._value_

    def __hash__(self):
        return hash(self._value_)


class IntFlag(_NumberMixin, Flag):
    def __str__(self):
        return repr(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | _plain(other))

    def __and__(self, other):
        return self.__class__(self._value_ & _plain(other))


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for (alias, name) in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


def _functional_api(base, class_name, names, start):
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if names and isinstance(names[0], str):
        names = [(name, start + i) for i, name in enumerate(names)]
    elif hasattr(names, 'items'):
        names = list(names.items())

    class _Functional(base):
        pass
    _Functional.__name__ = class_name
    _Functional.__qualname__ = class_name
    _Functional.__module__ = '__main__'
    for name, value in names:
        _Functional._add_member(name, value)
    return _Functional
