# Copyright 2021 The Kubeflow Authors
from kfp import dsl, compiler


@dsl.component
def flip_coin() -> str:
    import random
    return 'heads' if random.randint(0, 1) == 0 else 'tails'


@dsl.component
def print_msg(msg: str):
    print(msg)


@dsl.pipeline(name='control-structures')
def pipeline():
    flip = flip_coin()
    with dsl.Condition(flip.output == 'heads'):
        print_msg(msg='You got heads!')
    with dsl.Condition(flip.output == 'tails'):
        print_msg(msg='You got tails!')


if __name__ == '__main__':
    compiler.Compiler().compile(pipeline, __file__ + '.yaml')
