package k8s

import (
	"context"
	"fmt"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
)

// NewClientset uses the in-cluster service account, or KUBECONFIG locally.
func NewClientset() (*kubernetes.Clientset, error) {
	cfg, err := rest.InClusterConfig()
	if err != nil {
		cfg, err = clientcmd.BuildConfigFromFlags("", os.Getenv("KUBECONFIG"))
		if err != nil {
			return nil, err
		}
	}
	return kubernetes.NewForConfig(cfg)
}

type EndpointResolver struct {
	cs        *kubernetes.Clientset
	defaultNS string
}

func NewEndpointResolver(cs *kubernetes.Clientset, ns string) *EndpointResolver {
	return &EndpointResolver{cs: cs, defaultNS: ns}
}

func (e *EndpointResolver) Split(s string) (string, string) {
	if i := strings.LastIndex(s, "."); i > 0 {
		return s[:i], s[i+1:]
	}
	return s, e.defaultNS
}

// Resolve checks the Service exists and returns its cluster DNS address.
func (e *EndpointResolver) Resolve(ctx context.Context, name, ns string) (string, error) {
	if _, err := e.cs.CoreV1().Services(ns).Get(ctx, name, metav1.GetOptions{}); err != nil {
		return "", err
	}
	return fmt.Sprintf("http://%s.%s.svc.cluster.local:8080", name, ns), nil
}

type FunctionDeployment struct {
	Service  string            `json:"service"`
	Image    string            `json:"image"`
	EnvVars  map[string]string `json:"envVars"`
	Labels   map[string]string `json:"labels"`
	Secrets  []string          `json:"secrets"`
}

type FunctionStatus struct {
	Name              string            `json:"name"`
	Image             string            `json:"image"`
	Namespace         string            `json:"namespace"`
	Replicas          int32             `json:"replicas"`
	AvailableReplicas int32             `json:"availableReplicas"`
	Labels            map[string]string `json:"labels"`
}

type Deployer struct {
	cs         *kubernetes.Clientset
	ns         string
	pullPolicy corev1.PullPolicy
}

func NewDeployer(cs *kubernetes.Clientset, ns, pull string) *Deployer {
	return &Deployer{cs: cs, ns: ns, pullPolicy: corev1.PullPolicy(pull)}
}

func (d *Deployer) List(ctx context.Context, ns string) ([]FunctionStatus, error) {
	if ns == "" {
		ns = d.ns
	}
	deps, err := d.cs.AppsV1().Deployments(ns).List(ctx, metav1.ListOptions{LabelSelector: "faas_function"})
	if err != nil {
		return nil, err
	}
	out := make([]FunctionStatus, 0, len(deps.Items))
	for _, dep := range deps.Items {
		out = append(out, toStatus(dep))
	}
	return out, nil
}

func (d *Deployer) Get(ctx context.Context, name string) (FunctionStatus, error) {
	dep, err := d.cs.AppsV1().Deployments(d.ns).Get(ctx, name, metav1.GetOptions{})
	if err != nil {
		return FunctionStatus{}, err
	}
	return toStatus(*dep), nil
}

func (d *Deployer) Scale(ctx context.Context, name string, replicas int32) error {
	s, err := d.cs.AppsV1().Deployments(d.ns).GetScale(ctx, name, metav1.GetOptions{})
	if err != nil {
		return err
	}
	s.Spec.Replicas = replicas
	_, err = d.cs.AppsV1().Deployments(d.ns).UpdateScale(ctx, name, s, metav1.UpdateOptions{})
	return err
}

func (d *Deployer) Delete(ctx context.Context, name string) error {
	if err := d.cs.AppsV1().Deployments(d.ns).Delete(ctx, name, metav1.DeleteOptions{}); err != nil {
		return err
	}
	return d.cs.CoreV1().Services(d.ns).Delete(ctx, name, metav1.DeleteOptions{})
}

func (d *Deployer) Apply(ctx context.Context, fn FunctionDeployment) error {
	labels := map[string]string{"faas_function": fn.Service}
	for k, v := range fn.Labels {
		labels[k] = v
	}
	env := []corev1.EnvVar{}
	for k, v := range fn.EnvVars {
		env = append(env, corev1.EnvVar{Name: k, Value: v})
	}
	var volumes []corev1.Volume
	var mounts []corev1.VolumeMount
	for _, s := range fn.Secrets {
		volumes = append(volumes, corev1.Volume{Name: s, VolumeSource: corev1.VolumeSource{Secret: &corev1.SecretVolumeSource{SecretName: s}}})
		mounts = append(mounts, corev1.VolumeMount{Name: s, MountPath: "/var/funcforge/secrets/" + s, ReadOnly: true})
	}
	one := int32(1)
	dep := &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: fn.Service, Namespace: d.ns, Labels: labels},
		Spec: appsv1.DeploymentSpec{
			Replicas: &one,
			Selector: &metav1.LabelSelector{MatchLabels: map[string]string{"faas_function": fn.Service}},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					Volumes: volumes,
					Containers: []corev1.Container{{
						Name: fn.Service, Image: fn.Image, ImagePullPolicy: d.pullPolicy,
						Env: env, VolumeMounts: mounts,
						Ports: []corev1.ContainerPort{{ContainerPort: 8080}},
					}},
				},
			},
		},
	}
	svc := &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{Name: fn.Service, Namespace: d.ns},
		Spec: corev1.ServiceSpec{
			Selector: map[string]string{"faas_function": fn.Service},
			Ports:    []corev1.ServicePort{{Port: 8080, TargetPort: intstr.FromInt(8080)}},
		},
	}
	if _, err := d.cs.AppsV1().Deployments(d.ns).Create(ctx, dep, metav1.CreateOptions{}); err != nil {
		if _, err := d.cs.AppsV1().Deployments(d.ns).Update(ctx, dep, metav1.UpdateOptions{}); err != nil {
			return err
		}
	}
	_, _ = d.cs.CoreV1().Services(d.ns).Create(ctx, svc, metav1.CreateOptions{})
	return nil
}

func toStatus(dep appsv1.Deployment) FunctionStatus {
	var replicas int32
	if dep.Spec.Replicas != nil {
		replicas = *dep.Spec.Replicas
	}
	img := ""
	if len(dep.Spec.Template.Spec.Containers) > 0 {
		img = dep.Spec.Template.Spec.Containers[0].Image
	}
	return FunctionStatus{Name: dep.Name, Image: img, Namespace: dep.Namespace, Replicas: replicas,
		AvailableReplicas: dep.Status.AvailableReplicas, Labels: dep.Labels}
}
