echo "${_group}Creating volumes for persistent storage ..."

echo "Created $(docker volume create --name=tremor-clickhouse)."
echo "Created $(docker volume create --name=tremor-data)."
echo "Created $(docker volume create --name=tremor-kafka)."
echo "Created $(docker volume create --name=tremor-postgres)."
echo "Created $(docker volume create --name=tremor-redis)."
echo "Created $(docker volume create --name=tremor-glyphd)."
