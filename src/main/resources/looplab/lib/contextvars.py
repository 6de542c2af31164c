"""contextvars: ContextVar, Token, Context, copy_context.

The current Context lives in the interpreter's thread state; the event loop runs each task in the copy made
when the task was created, and each callback in a copy of the context current when it was scheduled, as
CPython's Task and Handle do."""
import _looplab

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
_NO_DEFAULT = object()


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        saved = _looplab.get_context()
        self._entered = True
        _looplab.set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _looplab.set_context(saved)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def get(self, var, default=None):
        return self._data.get(var, default)

    def __contains__(self, var):
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        return f'<_contextvars.Context object at {hex(id(self))}>'


def _current():
    context = _looplab.get_context()
    if context is None:
        context = Context()
        _looplab.set_context(context)
    return context


def copy_context():
    return _current().copy()


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def __class_getitem__(cls, item):
        return cls

    def get(self, *args):
        context = _current()
        if self in context._data:
            return context._data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        context = _current()
        old = context._data.get(self, Token.MISSING)
        context._data = dict(context._data)
        context._data[self] = value
        return Token(context, self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        context = _current()
        if token._context is not context:
            raise ValueError(f'{token!r} was created in a different Context')
        context._data = dict(context._data)
        if token._old_value is Token.MISSING:
            context._data.pop(self, None)
        else:
            context._data[self] = token._old_value
        token._used = True

    def __hash__(self):
        return id(self)

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {hex(id(self))}>'


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {hex(id(self))}>'


_current()
