# Copyright 2019 The Kubeflow Authors

import argparse
import importlib
import json
from pathlib import Path
from typing import Text
import shlex

from nbformat import NotebookNode
from nbformat.v4 import new_code_cell
import tornado.ioloop
import tornado.web
import exporter

parser = argparse.ArgumentParser(description="Server Arguments")
parser.add_argument(
    "--timeout", type=int, default=100,
    help="Amount of time in seconds that a visualization can run for before being stopped."
)

args = parser.parse_args()
_exporter = exporter.Exporter(args.timeout)


class VisualizationHandler(tornado.web.RequestHandler):
    """Custom RequestHandler that generates visualizations via post requests."""

    def validate_and_get_arguments_from_body(self) -> dict:
        input_path = self.get_body_argument("source")
        visualization_type = self.get_body_argument("type")
        visualization_arguments = self.get_body_argument("arguments")
        return {"source": input_path, "type": visualization_type,
                "arguments": json.loads(visualization_arguments or "{}")}

    def generate_notebook_from_arguments(self, arguments: dict, source: Text, visualization_type: Text) -> NotebookNode:
        nb = self.application.settings["nb"].copy() if False else exporter.new_notebook()
        nb.cells.append(exporter.create_cell_from_args(arguments))
        nb.cells.append(new_code_cell('source = "{}"'.format(source)))
        visualization_file = str(Path.cwd() / "types/{}.py".format(visualization_type))
        nb.cells.append(exporter.create_cell_from_file(visualization_file))
        return nb

    def get(self):
        """Health check."""
        self.write("alive")

    def post(self):
        request_arguments = self.validate_and_get_arguments_from_body()
        nb = self.generate_notebook_from_arguments(
            request_arguments["arguments"], request_arguments["source"], request_arguments["type"])
        html = _exporter.generate_html_from_notebook(nb)
        self.write(html)


if __name__ == "__main__":
    application = tornado.web.Application([
        (r"/", VisualizationHandler),
    ])
    application.listen(8888)
    tornado.ioloop.IOLoop.current().start()
