# json: turning Python data into text and back.
import json

order = {
    "id": 1042,
    "customer": {"name": "Ada", "vip": True},
    "items": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B7", "qty": 1, "price": 24.5}],
    "coupon": None,
}

print(json.dumps(order))
print(json.dumps(order, indent=2, sort_keys=True))
print(json.dumps([1, "two", 3.0, False], separators=(",", ":")))
print(json.dumps({"b": 1, "a": (1, 2)}, sort_keys=True, indent=4))
print(json.dumps("naïve café"), json.dumps("naïve café", ensure_ascii=False))

text = '{"name": "sensor-1", "readings": [20.5, 21.0, 19.8], "active": true, "owner": null}'
data = json.loads(text)
print(data)
print(type(data["readings"][0]).__name__, data["active"], data["owner"])
print(sum(data["readings"]) / len(data["readings"]))
print(json.loads("[1, 2.5, \"x\", {}]"), json.loads("3"), json.loads('"\\u00e9"'))

round_trip = json.loads(json.dumps(order))
print(round_trip == order, json.loads(json.dumps({1: "int key"})))

for bad in ['{"a": 1,}', "[1, 2", "nope"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"when": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"x": float("inf")}), json.dumps([]), json.dumps({}, indent=2))
