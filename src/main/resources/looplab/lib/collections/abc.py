"""collections.abc: the abstract classes programs name in annotations and isinstance checks (checks are by
the methods an object has)."""


class _ABC:
    _methods = ()

    def __class_getitem__(cls, params):
        return cls


class Hashable(_ABC):
    pass


class Awaitable(_ABC):
    pass


class Coroutine(Awaitable):
    pass


class AsyncIterable(_ABC):
    pass


class AsyncIterator(AsyncIterable):
    pass


class AsyncGenerator(AsyncIterator):
    pass


class Iterable(_ABC):
    pass


class Iterator(Iterable):
    pass


class Generator(Iterator):
    pass


class Reversible(Iterable):
    pass


class Sized(_ABC):
    pass


class Container(_ABC):
    pass


class Collection(Sized, Iterable, Container):
    pass


class Callable(_ABC):
    pass


class Set(Collection):
    pass


class MutableSet(Set):
    pass


class Mapping(Collection):
    pass


class MutableMapping(Mapping):
    pass


class Sequence(Reversible, Collection):
    pass


class MutableSequence(Sequence):
    pass


class KeysView(_ABC):
    pass


class ItemsView(_ABC):
    pass


class ValuesView(_ABC):
    pass
