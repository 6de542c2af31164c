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
    return _reconstruct_shallow(x)


def _reconstruct_shallow(x):
    result = object.__new__(type(x))
    state = getattr(x, '__dict__', None)
    if state:
        for key, value in state.items():
            object.__setattr__(result, key, value)
    return result


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
    if hasattr(x, '_data') and hasattr(x, 'copy') and hasattr(x, 'items'):
        result = x.copy()
        memo[key] = result
        result._data = deepcopy(x._data, memo)
        return result
    if hasattr(x, '_items') and hasattr(x, 'maxlen'):
        result = x.copy()
        memo[key] = result
        result._items = deepcopy(x._items, memo)
        return result
    result = object.__new__(cls)
    memo[key] = result
    state = getattr(x, '__dict__', None)
    if state:
        for k, v in state.items():
            object.__setattr__(result, k, deepcopy(v, memo))
    return result
