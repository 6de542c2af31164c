# dataclass(order=True) compares field by field; frozen=True makes instances immutable and hashable.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = [Job(3, "backup"), Job(1, "deploy"), Job(2, "test"), Job(1, "alert")]
print(sorted(jobs))
print(min(jobs).name, Job(1, "x") < Job(2, "y"), Job(1, "x") == Job(1, "y"))


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float

    def moved(self, dlat: float) -> "Coordinate":
        return Coordinate(self.lat + dlat, self.lon)


home = Coordinate(52.5, 13.4)
print(home, home.moved(0.5))
try:
    home.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
visited = {home, Coordinate(52.5, 13.4), Coordinate(48.9, 2.4)}
print(len(visited))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9), Version(1, 2)]
print([str(v) for v in sorted(versions)], max(versions))


@dataclass(repr=False, eq=False)
class Plain:
    value: int


print(Plain(1) == Plain(1), hasattr(Plain, "__lt__"))
