{{/* The container image reference, repository:tag, quoted. */}}
{{- define "advisorbot.image" -}}
{{ printf "%s:%s" .Values.image.repository .Values.image.tag | printf "%q" }}
{{- end -}}
