# Mixins: small classes that add one ability each, combined by multiple inheritance.
import json


class ReprMixin:
    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({args})"


class JsonMixin:
    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


class ComparableMixin:
    def _key(self):
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other) -> bool:
        return self._key() < other._key()


class Employee(ReprMixin, JsonMixin, ComparableMixin):
    def __init__(self, name: str, salary: int) -> None:
        self.name = name
        self.salary = salary

    def _key(self):
        return (self.salary, self.name)


staff = [Employee("Bo", 3000), Employee("Al", 4000), Employee("Cy", 3000)]
print(sorted(staff))
print(staff[1].to_json())
print(Employee("Bo", 3000) == staff[0], staff[0] == staff[2])
print([c.__name__ for c in Employee.__mro__])
print(isinstance(staff[0], JsonMixin))
