# Writes the form bodies ab posts to the vote front end.
# posta -> a vote for option a (Tea), postb -> option b (Coffee)
import urllib.parse

for name, option in (("posta", "a"), ("postb", "b")):
    with open(name, "w", encoding="ascii") as f:
        f.write(urllib.parse.urlencode({"vote": option}))
