# json.loads on malformed input: the JSONDecodeError says where the problem is.
import json

good = json.loads('{"tasks": ["a", "b"]}')
print(good["tasks"])
config = json.loads('{"tasks": ["a", "b"], "retries": 3,}')
print("not reached", config)
