import os

bind = f'{os.getenv("DOCUVAULT_BIND_ADDR", "[::]")}:{os.getenv("DOCUVAULT_PORT", 8000)}'
workers = int(os.getenv("DOCUVAULT_WEBSERVER_WORKERS", 1))
worker_class = "docuvault.workers.ConfigurableWorker"
timeout = 120
preload_app = True

# https://docs.gunicorn.org/en/stable/faq.html#blocking-os-fchmod
worker_tmp_dir = "/dev/shm"


def pre_fork(server, worker):
    pass


def worker_int(worker):
    worker.log.info("worker received INT or QUIT signal")
    import threading
    import sys
    import traceback

    id2name = {th.ident: th.name for th in threading.enumerate()}
    code = []
    for thread_id, stack in sys._current_frames().items():
        code.append(f"\n# Thread: {id2name.get(thread_id, '')}({thread_id})")
        for filename, lineno, name, line in traceback.extract_stack(stack):
            code.append(f'File: "{filename}", line {lineno}, in {name}')
            if line:
                code.append(f"  {line.strip()}")
    worker.log.debug("\n".join(code))
