settings = {"debug": True, "level": 3
for key in settings:
    print(key)
