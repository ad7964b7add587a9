import pytest

from core.helper.code_executor.code_executor import CodeExecutor, CodeLanguage

CODE_LANGUAGE = CodeLanguage.PYTHON3


@pytest.mark.skipif("not config.getoption('--sandbox')", reason="requires running sandbox")
def test_python3_plain():
    code = 'print("Hello World")'
    result = CodeExecutor.execute_code(language=CODE_LANGUAGE, preload="", code=code)
    assert result == "Hello World\n"
