# functools.wraps: decorators that keep the wrapped function's name and docstring.
from functools import wraps
from typing import Callable


def count_calls(func: Callable) -> Callable:
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times: int):
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f"  {func.__name__} attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return decorator


def no_wraps(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@count_calls
def greet(name: str) -> str:
    """Say hello."""
    return f"hello {name}"


attempts = iter([1, 2, 3])


@retry(times=3)
def flaky() -> str:
    """Fails twice."""
    n = next(attempts)
    if n < 3:
        raise ValueError(f"try {n}")
    return "finally worked"


@no_wraps
def plain(x):
    """Lost docstring."""
    return x


print(greet("ann"), greet("bob"), greet.calls)
print(greet.__name__, greet.__doc__, greet.__annotations__)
print(greet.__wrapped__("raw"), greet.calls)
print(flaky())
print(flaky.__name__, flaky.__doc__)
print(plain.__name__, plain.__doc__)
