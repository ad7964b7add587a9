#!/bin/sh
# Run by hand after the chart is installed to add HPAs to the stateless services.

NS=${1:-bot-bazaar}

for DEP in cart catalogue dispatch payment ratings shipping user web
do
    kubectl -n "$NS" autoscale deployment "$DEP" --max 2 --min 1 --cpu-percent 50
done

echo "Waiting 5 seconds for changes to apply..."
sleep 5
kubectl -n "$NS" get hpa
