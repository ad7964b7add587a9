package com.steeped.persistence.repository;

import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import com.steeped.entities.Category;

/** Reads and writes categories through JPA. Product/User/Order repositories look the same. */
public final class CategoryRepository {

  public static final CategoryRepository REPOSITORY = new CategoryRepository();

  private CategoryRepository() {
  }

  public List<Category> getAll(int start, int max) {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      TypedQuery<PersistentCategory> q = em.createQuery(
          "SELECT c FROM PersistentCategory c ORDER BY c.id", PersistentCategory.class);
      if (start >= 0) {
        q.setFirstResult(start);
      }
      if (max >= 0) {
        q.setMaxResults(max);
      }
      return q.getResultList().stream().map(PersistentCategory::toCategory)
          .collect(Collectors.toList());
    } finally {
      em.close();
    }
  }

  public Category find(long id) {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      PersistentCategory c = em.find(PersistentCategory.class, id);
      return c == null ? null : c.toCategory();
    } finally {
      em.close();
    }
  }

  public long create(Category category) {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      em.getTransaction().begin();
      PersistentCategory c = new PersistentCategory();
      c.setName(category.getName());
      c.setDescription(category.getDescription());
      em.persist(c);
      em.getTransaction().commit();
      return c.getId();
    } finally {
      em.close();
    }
  }
}
