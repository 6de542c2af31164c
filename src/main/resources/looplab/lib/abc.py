"""abc: ABC and abstractmethod. A class with abstract methods left cannot be instantiated, with CPython's
message."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget):
    fget.__isabstractmethod__ = True
    return property(fget)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('fget', '__func__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstract_methods(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in klass.__dict__.items():
            if _is_abstract(value):
                names.add(name)
            else:
                names.discard(name)
    return sorted(names)


class ABCMeta:
    pass


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        cls.__abstractmethods__ = frozenset(_abstract_methods(cls))

    def __new__(cls, *args, **kwargs):
        abstract = cls.__dict__.get('__abstractmethods__', None)
        if abstract is None:
            abstract = _abstract_methods(cls)
        if abstract:
            names = sorted(abstract)
            plural = 's' if len(names) > 1 else ''
            joined = ', '.join(names)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{plural} "
                            f"{joined}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0
