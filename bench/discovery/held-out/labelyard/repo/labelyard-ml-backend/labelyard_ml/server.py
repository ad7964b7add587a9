import argparse
import logging
import os
import shutil
import subprocess
import sys

logger = logging.getLogger(__name__)

DEFAULT_CONFIGS_DIR = os.path.join(os.path.dirname(__file__), 'default_configs')
EXAMPLES_DIR = os.path.join(os.path.dirname(__file__), 'examples')


def get_args():
    parser = argparse.ArgumentParser(description='Labelyard ML backend command line tool')
    subparsers = parser.add_subparsers(dest='command')

    parser_create = subparsers.add_parser('create', help='Create a new ML backend from the template')
    parser_create.add_argument('project_name', help='Path to the new ML backend directory')
    parser_create.add_argument('--script', default=None, help='Custom model.py to copy into the backend')
    parser_create.add_argument('--force', action='store_true', help='Overwrite existing directory')

    parser_start = subparsers.add_parser('start', help='Start an ML backend locally')
    parser_start.add_argument('project_dir', help='Path to the ML backend directory')
    parser_start.add_argument('-p', '--port', type=int, default=9090)

    return parser.parse_args()


def create_dir(args):
    output_dir = os.path.join(os.getcwd(), args.project_name)
    if os.path.exists(output_dir) and args.force:
        shutil.rmtree(output_dir)
    elif os.path.exists(output_dir):
        raise FileExistsError(f'Directory {output_dir} already exists. Use --force to overwrite.')

    shutil.copytree(DEFAULT_CONFIGS_DIR, output_dir)
    if args.script:
        shutil.copy2(args.script, os.path.join(output_dir, 'model.py'))

    print(f'Congratulations! ML Backend has been successfully created in {output_dir}.')
    print(f'To run it: cd {args.project_name} && docker compose up')


def start_server(args):
    project_dir = os.path.abspath(args.project_dir)
    subprocess.run([sys.executable, os.path.join(project_dir, '_wsgi.py'), '--port', str(args.port)], check=True)


def main():
    args = get_args()
    if args.command == 'create':
        create_dir(args)
    elif args.command == 'start':
        start_server(args)
    else:
        raise ValueError('Unknown command: ' + str(args.command))


if __name__ == '__main__':
    main()
