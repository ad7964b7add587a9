from flask import Flask


class YardApp(Flask):
    pass
