# Class decorators: a plugin registry and a decorator that adds a method.
from typing import Callable

PLUGINS: dict[str, type] = {}


def register(name: str) -> Callable[[type], type]:
    def decorator(cls: type) -> type:
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return decorator


def auto_repr(cls: type) -> type:
    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@register("upper")
@auto_repr
class Upper:
    def __init__(self, suffix: str = "") -> None:
        self.suffix = suffix

    def run(self, text: str) -> str:
        return text.upper() + self.suffix


@register("reverse")
class Reverse:
    def run(self, text: str) -> str:
        return text[::-1]


print(sorted(PLUGINS))
for name in ["upper", "reverse"]:
    plugin = PLUGINS[name]()
    print(name, "->", plugin.run("asyncio"), plugin.plugin_name)
print(Upper("!"))
print(Upper.__name__, Upper.plugin_name)
