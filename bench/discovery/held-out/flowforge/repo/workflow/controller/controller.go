package controller

import (
	"context"
	"time"

	log "github.com/sirupsen/logrus"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/cache"
	"k8s.io/client-go/util/workqueue"

	"github.com/kilnworks/flowforge/v3/config"
	"github.com/kilnworks/flowforge/v3/persist/sqldb"
	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	wfinformers "github.com/kilnworks/flowforge/v3/pkg/client/informers/externalversions"
)

// WorkflowController is the controller for workflow resources.
type WorkflowController struct {
	namespace        string
	managedNamespace string
	configMap        string
	executorImage    string
	executorPullPolicy string

	Config        *config.Config
	restConfig    *rest.Config
	kubeclientset kubernetes.Interface
	wfclientset   wfclientset.Interface

	wfInformer  cache.SharedIndexInformer
	podInformer cache.SharedIndexInformer
	wfQueue     workqueue.RateLimitingInterface
	podQueue    workqueue.RateLimitingInterface

	offloadNodeStatusRepo sqldb.OffloadNodeStatusRepo
	wfArchive             sqldb.WorkflowArchive
}

func NewWorkflowController(ctx context.Context, restConfig *rest.Config, kube kubernetes.Interface, wfclient wfclientset.Interface, namespace, managedNamespace, executorImage, executorPullPolicy, configMap string) (*WorkflowController, error) {
	wfc := &WorkflowController{
		restConfig:         restConfig,
		kubeclientset:      kube,
		wfclientset:        wfclient,
		namespace:          namespace,
		managedNamespace:   managedNamespace,
		executorImage:      executorImage,
		executorPullPolicy: executorPullPolicy,
		configMap:          configMap,
		wfQueue:            workqueue.NewNamedRateLimitingQueue(workqueue.DefaultControllerRateLimiter(), "workflow_queue"),
		podQueue:           workqueue.NewNamedRateLimitingQueue(workqueue.DefaultControllerRateLimiter(), "pod_queue"),
	}
	if err := wfc.updateConfig(ctx); err != nil {
		return nil, err
	}
	return wfc, nil
}

func (wfc *WorkflowController) Run(ctx context.Context, wfWorkers int) {
	defer wfc.wfQueue.ShutDown()
	log.WithField("version", "v3").WithField("executorImage", wfc.executorImage).Info("Starting Workflow Controller")

	factory := wfinformers.NewSharedInformerFactoryWithOptions(wfc.wfclientset, 20*time.Minute, wfinformers.WithNamespace(wfc.managedNamespace))
	wfc.wfInformer = factory.Flowforge().V1alpha1().Workflows().Informer()
	wfc.wfInformer.AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    func(obj interface{}) { wfc.enqueue(obj) },
		UpdateFunc: func(_, obj interface{}) { wfc.enqueue(obj) },
	})
	kubeFactory := informers.NewSharedInformerFactoryWithOptions(wfc.kubeclientset, 20*time.Minute, informers.WithNamespace(wfc.managedNamespace))
	wfc.podInformer = kubeFactory.Core().V1().Pods().Informer()

	go wfc.wfInformer.Run(ctx.Done())
	go wfc.podInformer.Run(ctx.Done())
	go wfc.runConfigMapWatcher(ctx)
	go wfc.runArchiveGC(ctx)

	if !cache.WaitForCacheSync(ctx.Done(), wfc.wfInformer.HasSynced, wfc.podInformer.HasSynced) {
		log.Fatal("Timed out waiting for caches to sync")
	}
	for i := 0; i < wfWorkers; i++ {
		go wait.Until(func() { wfc.processNextItem(ctx) }, time.Second, ctx.Done())
	}
	<-ctx.Done()
}

func (wfc *WorkflowController) enqueue(obj interface{}) {
	key, err := cache.MetaNamespaceKeyFunc(obj)
	if err == nil {
		wfc.wfQueue.Add(key)
	}
}

func (wfc *WorkflowController) processNextItem(ctx context.Context) {
	key, quit := wfc.wfQueue.Get()
	if quit {
		return
	}
	defer wfc.wfQueue.Done(key)
	obj, exists, err := wfc.wfInformer.GetIndexer().GetByKey(key.(string))
	if err != nil || !exists {
		return
	}
	woc := newWorkflowOperationCtx(obj, wfc)
	woc.operate(ctx)
}

func (wfc *WorkflowController) runArchiveGC(ctx context.Context) {
	if wfc.Config.Persistence == nil || wfc.wfArchive == nil {
		return
	}
	ttl := wfc.Config.Persistence.ArchiveTTL.Duration
	if ttl == 0 {
		return
	}
	ticker := time.NewTicker(time.Hour)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if err := wfc.wfArchive.DeleteExpiredWorkflows(ttl); err != nil {
				log.WithError(err).Error("failed to delete expired archived workflows")
			}
		}
	}
}
