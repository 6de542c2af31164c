# getattr, setattr, hasattr, delattr and dir for dynamic attribute access.
class Settings:
    theme = "light"

    def __init__(self):
        self.volume = 5


s = Settings()
for name in ["theme", "volume", "language"]:
    print(name, hasattr(s, name), getattr(s, name, "<unset>"))

setattr(s, "language", "en")
print(s.language)
delattr(s, "language")
print(hasattr(s, "language"))

# Applying a dict of updates
updates = {"volume": 9, "theme": "dark"}
for key, value in updates.items():
    setattr(s, key, value)
print(s.volume, s.theme, Settings.theme)

# Calling a method chosen by name
class Robot:
    def forward(self, n):
        return f"forward {n}"

    def turn(self, n):
        return f"turn {n} degrees"

robot = Robot()
for command, arg in [("forward", 10), ("turn", 90), ("jump", 1)]:
    action = getattr(robot, command, None)
    if action is None:
        print("unknown command:", command)
    else:
        print(action(arg))

# __getattr__ is called only for missing attributes
class Defaults:
    def __init__(self):
        self.present = "real"

    def __getattr__(self, name):
        return f"default for {name}"

d = Defaults()
print(d.present, d.missing, getattr(d, "other"))

# dir() lists attributes; filter out the dunder ones
print([name for name in dir(robot) if not name.startswith("_")])
print("volume" in dir(s), "theme" in dir(s))

try:
    getattr(s, "nothing")
except AttributeError as error:
    print("AttributeError:", error)
