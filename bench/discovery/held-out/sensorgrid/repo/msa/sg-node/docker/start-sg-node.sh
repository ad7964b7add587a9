#!/bin/bash
#
# Copyright © 2016-2026 The SensorGrid Authors
#

CONF_FOLDER="/config"
jarfile=${pkg.installFolder}/bin/${pkg.name}.jar
configfile=${pkg.name}.conf
run_user=${pkg.user}

source "${CONF_FOLDER}/${configfile}"

export LOADER_PATH=/config,${LOADER_PATH}

if [ "$INSTALL_SG" == "true" ]; then

    if [ "$LOAD_DEMO" == "true" ]; then
        loadDemo=true
    else
        loadDemo=false
    fi

    echo "Starting SensorGrid installation ..."

    java -cp ${jarfile} $JAVA_OPTS -Dloader.main=org.sensorgrid.server.SensorgridInstallApplication \
                    -Dinstall.load_demo=${loadDemo} \
                    -Dspring.jpa.hibernate.ddl-auto=none \
                    -Dinstall.upgrade=false \
                    -Dlogging.config=/usr/share/sensorgrid/bin/install/logback.xml \
                    org.springframework.boot.loader.launch.PropertiesLauncher

elif [ "$UPGRADE_SG" == "true" ]; then

    echo "Starting SensorGrid upgrade ..."

    java -cp ${jarfile} $JAVA_OPTS -Dloader.main=org.sensorgrid.server.SensorgridInstallApplication \
                    -Dspring.jpa.hibernate.ddl-auto=none \
                    -Dinstall.upgrade=true \
                    -Dlogging.config=/usr/share/sensorgrid/bin/install/logback.xml \
                    org.springframework.boot.loader.launch.PropertiesLauncher

else

    echo "Starting '${project.name}' ..."

    cd ${pkg.installFolder}/bin

    exec java -cp ${jarfile} $JAVA_OPTS -Dloader.main=org.sensorgrid.server.SensorgridServerApplication \
                        -Dspring.jpa.hibernate.ddl-auto=none \
                        -Dlogging.config=$CONF_FOLDER/logback.xml \
                        org.springframework.boot.loader.launch.PropertiesLauncher

fi
