"""The parts of builtins that are coroutines: anext(iterator, default)."""


async def anext_default(iterator, default):
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return default
