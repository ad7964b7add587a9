import secrets
import string

_string_with_symbols = string.digits + string.ascii_letters + ".,;:^&*-_+=#~@"


def random_string(length: int) -> str:
    return "".join(secrets.choice(string.ascii_letters) for _ in range(length))


def random_string_with_symbols(length: int) -> str:
    return "".join(secrets.choice(_string_with_symbols) for _ in range(length))
