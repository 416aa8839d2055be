"""What another MLflow user sees of a registered model: MLflow's own Python client.

Usage: mlflow_readback.py TRACKING_URI MODEL_NAME
Credentials come from MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD.
Prints JSON: the champion (get_model_version_by_alias), every version
(get_model_version) with its tags and aliases, the sha256 of every file
modelgate recorded (downloaded with mlflow.artifacts.download_artifacts),
and the registered model's tags.
"""

import hashlib
import json
import sys
import tempfile

import mlflow
from mlflow import MlflowClient

uri, name = sys.argv[1], sys.argv[2]
mlflow.set_tracking_uri(uri)
client = MlflowClient(tracking_uri=uri, registry_uri=uri)

champion = client.get_model_version_by_alias(name, "champion")
out = {
    "champion": {"version": champion.version, "tags": champion.tags},
    "modelTags": client.get_registered_model(name).tags,
    "versions": {},
}
for listed in client.search_model_versions(f"name='{name}'"):
    mv = client.get_model_version(name, listed.version)
    files = {}
    with tempfile.TemporaryDirectory() as d:
        for key in mv.tags:
            if not key.startswith("modelgate.file."):
                continue
            fname = key[len("modelgate.file.") :]
            path = mlflow.artifacts.download_artifacts(
                run_id=mv.run_id, artifact_path=fname, dst_path=d
            )
            with open(path, "rb") as f:
                files[fname] = hashlib.sha256(f.read()).hexdigest()
    out["versions"][mv.version] = {
        "tags": mv.tags,
        "aliases": list(mv.aliases),
        "source": mv.source,
        "runId": mv.run_id,
        "files": files,
    }
print(json.dumps(out))
