"""The Python peer of the MLflow registry bench: MLflow's own client doing what
modelgate's register + promote does for one model file.

Usage: mlflow_python.py TRACKING_URI MODEL_NAME VERSION_LABEL MODEL_FILE
Starts a run in experiment `modelgate-bench-python`, logs the file as an
artifact through the server's proxy, creates the registered model when absent,
creates a model version whose source is the run's artifacts, tags it, and
moves the `champion` alias to it. Prints JSON with `seconds` (the work only,
imports excluded) and peakRssMb.
"""

import json
import resource
import sys
import time

t_import = time.perf_counter()
import mlflow  # noqa: E402
from mlflow import MlflowClient  # noqa: E402
from mlflow.exceptions import MlflowException  # noqa: E402

import_seconds = time.perf_counter() - t_import
uri, name, label, path = sys.argv[1:5]
t0 = time.perf_counter()
mlflow.set_tracking_uri(uri)
client = MlflowClient(tracking_uri=uri, registry_uri=uri)
experiment = client.get_experiment_by_name("modelgate-bench-python")
experiment_id = (
    experiment.experiment_id if experiment else client.create_experiment("modelgate-bench-python")
)
run = client.create_run(experiment_id, run_name=f"{name}-{label}")
client.log_artifact(run.info.run_id, path)
client.set_terminated(run.info.run_id)
try:
    client.create_registered_model(name, tags={"owner": "bench"})
except MlflowException:
    pass
mv = client.create_model_version(
    name, source=run.info.artifact_uri, run_id=run.info.run_id, tags={"version": label}
)
client.set_registered_model_alias(name, "champion", mv.version)
seconds = time.perf_counter() - t0
print(
    json.dumps({
        "seconds": seconds,
        "importSeconds": import_seconds,
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    })
)
