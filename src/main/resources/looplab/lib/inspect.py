"""inspect: the object predicates asyncio programs use to tell coroutines, functions and awaitables apart."""

__all__ = ['isclass', 'isfunction', 'ismethod', 'isbuiltin', 'isroutine', 'iscoroutine', 'iscoroutinefunction',
           'isgenerator', 'isasyncgen', 'isawaitable']


def _type_name(obj):
    return type(obj).__name__


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return _type_name(obj) == 'function'


def ismethod(obj):
    return _type_name(obj) == 'method'


def isbuiltin(obj):
    return _type_name(obj) == 'builtin_function_or_method'


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def iscoroutine(obj):
    return _type_name(obj) == 'coroutine'


def iscoroutinefunction(obj):
    # asyncio answers from the function's code flags, which is what inspect reads in CPython too.
    import asyncio
    return (isfunction(obj) or ismethod(obj)) and asyncio.iscoroutinefunction(obj)


def isgenerator(obj):
    return _type_name(obj) == 'generator'


def isasyncgen(obj):
    return _type_name(obj) == 'async_generator'


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')
