package com.steeped.persistence.repository;

import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import com.steeped.entities.Product;

public final class ProductRepository {

  public static final ProductRepository REPOSITORY = new ProductRepository();

  private ProductRepository() {
  }

  public List<Product> getAll(int start, int max) {
    return query("SELECT p FROM PersistentProduct p ORDER BY p.id", -1, start, max);
  }

  public List<Product> getByCategory(long categoryId, int start, int max) {
    return query("SELECT p FROM PersistentProduct p WHERE p.categoryId = :cat ORDER BY p.id",
        categoryId, start, max);
  }

  public long countByCategory(long categoryId) {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      return em.createQuery("SELECT COUNT(p) FROM PersistentProduct p WHERE p.categoryId = :cat",
          Long.class).setParameter("cat", categoryId).getSingleResult();
    } finally {
      em.close();
    }
  }

  public Product find(long id) {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      PersistentProduct p = em.find(PersistentProduct.class, id);
      return p == null ? null : p.toProduct();
    } finally {
      em.close();
    }
  }

  private List<Product> query(String jpql, long category, int start, int max) {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      TypedQuery<PersistentProduct> q = em.createQuery(jpql, PersistentProduct.class);
      if (category >= 0) {
        q.setParameter("cat", category);
      }
      if (start >= 0) {
        q.setFirstResult(start);
      }
      if (max >= 0) {
        q.setMaxResults(max);
      }
      return q.getResultList().stream().map(PersistentProduct::toProduct)
          .collect(Collectors.toList());
    } finally {
      em.close();
    }
  }
}
