# Metaclasses, __new__, __init_subclass__, __set_name__, type() with three arguments, __class_getitem__.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x

class Child(Base):
    pass

print(Registry.classes, type(Child).__name__, list(Child), len(Child))
c = Child(5)
print(c.x, isinstance(c, Base))

class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)

class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
print(Plugin.registry)

class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return f"field {self.name}"
class M:
    f = Field()
print(M().f)
T = type("T", (object,), {"y": 3})
print(T.__name__, T().y)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(G[int])
