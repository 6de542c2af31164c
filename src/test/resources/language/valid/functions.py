def f():
    return
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a + b
def f(a, /, b, *, c):
    pass
def f(a=1, /, b=2):
    pass
def f(*, a=1, b):
    pass
def f(a: int, *args: str, b: "x" = None, **kw: dict) -> None: ...
def f(x, /): pass
@decorator
@decorator.attr(1, k=2)
@(lambda f: f)
def g():
    global a, b
    x = 1
    def h():
        nonlocal x
        x = 2
    return h
class C:
    pass
class D(Base, metaclass=Meta, **extra):
    """Doc."""
    attr: int = 0
    def method(self):
        return self.attr
@dataclass
class E(): pass
async def main():
    await asyncio.sleep(1)
    async with lock as l:
        pass
    async for item in aiter():
        pass
    else:
        pass
    result = [x async for x in gen()]
    await (await f())
    return await g
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield)
    await_ = 1
    return x
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: x
lambda *, k: k
lambda a, /, b: a
f(a, b, *c, d=1, **e)
f(*a, *b, k=1, *c, **d, **e)
f(x for x in y)
f(a)(b)(c)
f(a,)
