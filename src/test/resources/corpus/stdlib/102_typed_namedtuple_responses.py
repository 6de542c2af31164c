# typing.NamedTuple classes with annotations, defaults and methods, returned by tasks of a TaskGroup.
import asyncio
from typing import NamedTuple


class Reading(NamedTuple):
    sensor: str
    value: float
    unit: str = "C"

    def fahrenheit(self) -> float:
        return self.value * 9 / 5 + 32

    def __str__(self) -> str:
        return f"{self.sensor}={self.value}{self.unit}"


class Summary(NamedTuple):
    count: int
    low: Reading | None = None
    high: Reading | None = None


async def read(sensor: str, value: float, delay: float) -> Reading:
    await asyncio.sleep(delay)
    return Reading(sensor, value)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(read(name, v, d)) for name, v, d in
                 [("roof", 21.5, 0.02), ("cellar", 12.0, 0.01), ("attic", 27.25, 0.03)]]
    readings = [t.result() for t in tasks]
    for r in readings:
        print(r, repr(r), round(r.fahrenheit(), 2))
    summary = Summary(len(readings), min(readings, key=lambda r: r.value), max(readings, key=lambda r: r.value))
    print(summary)
    print(Summary(0), Summary._field_defaults)
    print(Reading.__annotations__, Summary.__annotations__)
    print(Reading._fields, isinstance(readings[0], tuple), type(readings[0]).__mro__)
    sensor, value, unit = readings[1]
    print(sensor, value, unit, readings[1]._replace(unit="K", value=285.15))
    match readings[2]:
        case Reading(sensor, value) if value > 25:
            print("hot:", sensor)
    try:
        Reading("nowhere")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
