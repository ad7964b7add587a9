echo "${_group}Ensuring files from examples ..."

ensure_file_from_example "$TREMOR_CONFIG_PY"
ensure_file_from_example "$TREMOR_CONFIG_YML"
ensure_file_from_example '../tremor/requirements.txt'
ensure_file_from_example '../glyphd/config.yml'
ensure_file_from_example '../conduit/config.yml'
ensure_file_from_example '../conduit/credentials.json'
