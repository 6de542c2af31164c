"""copy: shallow and deep copies."""


class Error(Exception):
    pass


error = Error
_ATOMIC = (type(None), int, float, bool, str, type, range, type(print), type(Ellipsis),
           type(NotImplemented))


def copy(x):
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set):
        return cls(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    return _reconstruct(x, None, *_reduce(x))


_IMMUTABLE_BASES = (tuple, frozenset, int, float, str, bytes)


def _reduce(x):
    """What x.__reduce_ex__(4) gives copy: the class's own __reduce__ (defaultdict, Counter, OrderedDict ...),
    else object's: cls.__new__(cls, *newargs), the __dict__, and a list's items or a dict's pairs."""
    cls = type(x)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return reductor(x)
    newargs = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        newargs = getnewargs(x)
    else:
        for base in cls.__mro__:
            if base in _IMMUTABLE_BASES:
                newargs = (base(x),)
                break
    state = getattr(x, '__dict__', None) or None
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(dict.items(x)) if isinstance(x, dict) else None
    if isinstance(x, set):
        return cls, (list(x),), state
    return _newobj, (cls, *newargs), state, listiter, dictiter


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """CPython's copy._reconstruct."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                for key, value in state.items():
                    object.__setattr__(y, key, value)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if cls is list:
        result = []
        memo[key] = result
        result.extend(deepcopy(item, memo) for item in x)
        return result
    if cls is tuple:
        result = tuple(deepcopy(item, memo) for item in x)
        return memo.setdefault(key, result)
    if cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
        return result
    if cls in (set, frozenset):
        return cls(deepcopy(item, memo) for item in x)
    copier = getattr(cls, '__deepcopy__', None)
    if copier is not None:
        return copier(x, memo)
    if callable(x) and not hasattr(x, '__dict__'):
        return x
    if hasattr(x, '_items') and hasattr(x, 'maxlen'):
        result = x.copy()
        memo[key] = result
        result._items = deepcopy(x._items, memo)
        return result
    return _reconstruct(x, memo, *_reduce(x))
