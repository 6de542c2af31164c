# An exception raised inside an except block: both are reported, the last one ends the program.
def load(settings):
    try:
        return settings["path"]
    except KeyError:
        print("no path, trying the fallback")
        return settings["fallback"].strip()


print(load({"path": "/tmp/a"}))
print(load({"fallback": " /tmp/b "}))
print(load({}))
