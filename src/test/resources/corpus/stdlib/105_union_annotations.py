# int | None annotations read back through __annotations__, and isinstance with unions sorting gather's results.
import asyncio
from typing import Optional, Union


async def lookup(key: str, timeout: float | None = None) -> int | None:
    await asyncio.sleep(0.01)
    if key == "boom":
        raise KeyError(key)
    return len(key) if key else None


def describe(result: int | None | BaseException) -> str:
    if isinstance(result, BaseException):
        return f"failed with {type(result).__name__}"
    if isinstance(result, int | float):
        return f"value {result}"
    return "nothing"


async def main() -> None:
    print(lookup.__annotations__)
    print(describe.__annotations__["result"], type(describe.__annotations__["result"]).__name__)
    results = await asyncio.gather(lookup("alpha"), lookup(""), lookup("boom"), return_exceptions=True)
    for r in results:
        print(repr(r), "->", describe(r))
    u = int | str
    print(u, u.__args__, int | str == str | int, (int | str) | None, int | int, None | str)
    print(isinstance("x", u), isinstance(1.5, u), issubclass(bool, int | None), isinstance(None, int | None))
    print(Optional[int], Union[int, str], Union[str, None], Optional[int] == (int | None))
    print(list[int] | None, dict[str, list[int]] | int, {int | str: "hashable"}[str | int])


asyncio.run(main())
